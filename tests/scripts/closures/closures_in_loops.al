let fs = [];
for i in 0..3 {
    let doubled = i * 2;
    fs.push(|| [i, doubled]);
}
println(fs.map(|f| f()));
let gs = [];
let j = 0;
while j < 3 {
    gs.push(|| j);
    j += 1;
}
println(gs.map(|g| g()));
