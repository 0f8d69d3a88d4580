println(square(6));
println(cube(2));
fn square(x) { x * x }
fn cube(x) { square(x) * x }
let r = later_user();
println(r);
fn later_user() { "fn declared after its first use" }
