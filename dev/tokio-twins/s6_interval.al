let t0 = now();
let iv = interval(10ms);
for i in 0..8 {
  iv.tick().await;
  println("tick", i, "at", t0.elapsed());
  if i == 1 { sleep(25ms).await; }
  if i == 5 { sleep(3ms).await; }
}
println("--");
let t0 = now();
let iv = interval(10ms);
sleep(35ms).await;
for i in 0..6 {
  iv.tick().await;
  println("tick", i, "at", t0.elapsed());
}
println("--");
// interval tick vs sleep due at the same instant, in two tasks
let t0 = now();
let iv = interval(10ms);
iv.tick().await;
let a = spawn(async { sleep(10ms).await; println("sleeper at", t0.elapsed()); });
iv.tick().await;
println("ticker at", t0.elapsed());
a.await;
