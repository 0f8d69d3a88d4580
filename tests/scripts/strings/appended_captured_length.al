// len(s) of a string built by appending, where a closure or an async block captures s (a cell):
// counted from the accumulator, and the same as the string's length.
let s = "";
let f = || len(s);
while f() < 200000 { s += "abcdefghi\n"; }
println(len(s), s.len(), f());
let t = "x";
let g = || { t += "yz"; len(t) };
for i in 0..5 { g(); }
println(t, len(t), t.len());
async fn grow() {
    let u = "";
    let h = async { while len(u) < 20 { u += "ab"; yield_now().await; } len(u) };
    let n = h.await;
    println(n, u, len(u));
}
grow().await;
