// exit: 1
let xs = [1, 2];
xs.push(3);
println(xs);
xs.foo(1);
