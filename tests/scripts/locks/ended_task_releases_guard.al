// flags: --virtual-time
let m = Mutex(0);
async fn holder() {
    let g = m.lock().await;
    g.value = 1;
    sleep(1h).await;
}
async fn failer() {
    let g = m.lock().await;
    g.value = 2;
    throw "failed while holding the lock";
}
let t = spawn(holder());
sleep(1s).await;
t.abort();
let g = m.lock().await;
println("after abort:", g.value);
g.unlock();
let f = spawn(failer());
let r = try { f.await } catch e { str(e) };
println(r);
let g2 = timeout(1s, m.lock()).await;
println("after failure:", g2.value);
