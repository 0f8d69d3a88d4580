async fn w(name, n) {
  for i in 0..n { println(name, i); yield_now().await; }
  name
}
let r = join(w("a", 3), w("b", 3), w("c", 3)).await;
println(r);
let r3 = join_all([w("p", 2), w("q", 1), w("r", 3)]).await;
println(r3);
