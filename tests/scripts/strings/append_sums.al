// exit: 1
// `s = s + a + b ...` on a local string appends each part in place, left to right: a loop of
// such lines stays linear, and the result is the sum's, whatever the parts are.
fn rep(x, n) { let r = ""; for i in 0..n { r += x; } r }

let out = "";
for i in 0..200000 { out = out + "item " + i % 10 + ", "; }
println(len(out), out.starts_with("item 0, item 1, "), out.ends_with("item 9, "));

let s = rep("x", 300);
s = s + 1 + 2;
println(len(s), s.ends_with("x12"));

// A later part that reads the string sees it as it was before this line.
let t = rep("ab", 150);
t = t + "|" + len(t) + "|" + t.len();
println(len(t), t.ends_with("|300|300"));
let u = rep("cd", 150);
u = u + "!" + u;
println(len(u), u[299], u[300], u[301]);

// Parts that assign the string: the sum still adds to the value read first.
let w = rep("w", 300);
w = w + { w = "gone"; "a" } + "b";
println(len(w), w.ends_with("wab"));
let v = rep("v", 300);
v = v + "c" + { v = "gone"; "d" };
println(len(v), v.ends_with("vcd"));

// Numbers added to a long string: their string forms, in place too.
let digits = "";
for i in 0..300000 { digits += i % 10; }
println(len(digits), digits.ends_with("789"));

// Not a string any more: the sum adds as numbers do.
let n = "text";
n = n + "!";
n = 40;
n = n + 1 + 1;
println(n, typeof(n));

// A part that fails: the error is at its own `+`.
let bad = "ok";
bad = bad + "?";
bad = 7;
bad = bad + 1 + [2] + "never";
