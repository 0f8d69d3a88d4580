// exit: 1
let xs = [1, 2, "three"];
println(xs.filter(|x| x > 1));
