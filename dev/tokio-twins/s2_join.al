async fn w(name, n) {
  for i in 0..n { println(name, i); yield_now().await; }
  name
}
let r = join(w("a", 3), w("b", 3), w("c", 3)).await;
println(r);
async fn s(name, d) { println("start", name); sleep(d).await; println("end", name); name }
let r2 = join(s("x", 30ms), s("y", 10ms), s("z", 20ms)).await;
println(r2);
let r3 = join_all([w("p", 2), w("q", 1), w("r", 3)]).await;
println(r3);
async fn ok_slow() { try { println("slow start"); sleep(10ms).await; println("slow done"); 1 } finally { println("slow finally"); } }
async fn fails() { println("fail start"); sleep(5ms).await; throw "boom"; }
async fn quick() { println("quick"); 3 }
let r4 = try { join(ok_slow(), fails(), quick()).await } catch e { println("caught", e); nil };
println(r4);
async fn fails_now() { println("fails_now"); throw "now"; }
let r5 = try { join(quick(), fails_now(), ok_slow()).await } catch e { println("caught", e); nil };
println(r5);
