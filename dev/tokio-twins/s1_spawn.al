// 1a spawn then yield_now
println("main start");
let a = spawn(async { println("A runs"); });
let b = spawn(async { println("B runs"); });
println("after spawn");
yield_now().await;
println("after yield");
a.await; b.await;
// 1b spawn then sleep(0)
let c = spawn(async { println("C runs"); yield_now().await; println("C after yield"); });
sleep(0ms).await;
println("main after sleep0");
c.await;
// 1c await a JoinHandle of a later task
let d = spawn(async { println("D"); });
let e = spawn(async { println("E"); });
e.await;
println("main got E");
d.await;
println("main got D");
// 1d nested spawns
let f = spawn(async {
  println("F start");
  let g = spawn(async { println("G"); });
  println("F spawned G");
  yield_now().await;
  println("F after yield");
  g.await;
  println("F got G");
});
let h = spawn(async { println("H"); });
f.await;
println("main got F");
h.await;
