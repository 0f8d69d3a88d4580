// flags: --experimental-options --engine.BackgroundCompilation=false --engine.OSRCompilationThreshold=1000
// exit: 1
// Loops compiled while they run, one after another (the body's rest goes on in the first
// compiled frame, a deopt there and the next loop is compiled from it): an error after them
// still shows the call once (a clean-clone CI run found <main> twice in stop 29).
// `len(s)` and `s.len()` of a string being built by appending are counted as it grows: a loop
// that reads the length every step stays linear (reading the string itself would copy it).
let s = "";
while len(s) < 600000 { s = s + "ab"; }
println(len(s), s.len(), s.ends_with("ab"));

let t = "";
while t.len() < 300000 { t += "xyz"; }
println(t.len(), len(t));

// Counted in code points, as `len` counts any string, past Latin-1 too.
let w = "é";
while len(w) < 2000 { w += "z😀漢"; }
println(len(w), w.len(), len("{w}"), w[1999]);

// A `len` of the program's own, a local holding a list or a number: as written.
let u = "";
for i in 0..300 { u += "q"; }
fn len2(x) { 7 }
println(len2(u), len(u));
let v = "start";
v += "!";
v = [1, 2, 3];
println(len(v), v.len());
let e = "abc";
e += "d";
e = 42;
println(len(e));
