for i in 0..4 {
    try {
        if i == 1 { continue; }
        if i == 3 { break; }
        println("body", i);
    } finally {
        println("finally", i);
    }
}
let n = 0;
let v = loop {
    n += 1;
    try {
        if n == 2 { break n * 100; }
    } finally {
        println("loop finally", n);
    }
};
println(v);
let j = 0;
while j < 3 {
    j += 1;
    try {
        if j == 2 { throw "skip"; }
        println("ok", j);
    } catch e {
        println("caught", e, j);
        continue;
    } finally {
        println("end", j);
    }
}
