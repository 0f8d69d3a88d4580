// A Future is consumed by awaiting it.
async fn one() { 1 }
let f = one();
println(f.await);
let r = try { f.await } catch e { "caught: " + e.message };
println(r);
let again = try { f.await } catch e { str(e) };
println(again);
