// a consumer draining a full channel without ever being Pending vs another ready task
let ch = channel();
for i in 0..300 { ch.send(i).await; }
ch.close();
let st = {count: 0};
let c = spawn(async { while ch.recv().await != nil { st.count += 1; } println("C drained", st.count); });
let p = spawn(async { println("P ran at count", st.count); });
c.await; p.await;
// same with a Mutex locked in a loop
let m = Mutex(0);
let st = {count: 0};
let c = spawn(async { for i in 0..300 { let g = m.lock().await; g.value += 1; st.count += 1; g.unlock(); } println("M done", st.count); });
let p = spawn(async { println("P2 ran at count", st.count); });
c.await; p.await;
