for i in 0..4 {
    if i == 1 { continue; }
    for j in 0..4 {
        if j == 2 { break; }
        if i == 3 && j == 0 { continue; }
        println(i, j);
    }
}
let found = nil;
let i = 0;
while i < 5 {
    let j = 0;
    while j < 5 {
        if i * j == 6 { found = [i, j]; break; }
        j += 1;
    }
    if found != nil { break; }
    i += 1;
}
println(found);
let log = [];
for a in 0..3 {
    loop {
        log.push(a);
        break;
    }
    if a == 1 { continue; }
    log.push("end " + a);
}
println(log);
