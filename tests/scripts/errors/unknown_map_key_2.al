// exit: 1
let m = {a: 1};
println(m["a"]);
println(m["b"]);
