// exit: 1
let xs = [1, 2, 3;
println(xs);
