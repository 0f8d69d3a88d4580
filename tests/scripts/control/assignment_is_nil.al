let a = 1;
let r = (a = 2);
println(r, a);
let xs = [0];
let r2 = (xs[0] = 9);
println(r2, xs);
let m = {k: 1};
let r3 = (m.k = 3);
println(r3, m);
fn set_it() { a = 10 }
println(set_it(), a);
