fn double(x) { x * 2 }
fn square(x) { x * x }
let f = double;
println(f(21));
println(typeof(f));
let ops = [double, square, |x| x + 1];
for op in ops { print(op(5), ""); }
println();
let table = {d: double, s: square};
println(table["s"](4));
fn apply(g, v) { g(v) }
println(apply(square, 9));
fn pick(name) { if name == "d" { double } else { square } }
println(pick("d")(10), pick("s")(10));
println(f == double);
let p = println;
p("println as a value");
