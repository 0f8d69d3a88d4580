// exit: 1
println("not printed");
let a = 1 +;
let b = [1, 2;
let c = 3;
fn g(x { x }
