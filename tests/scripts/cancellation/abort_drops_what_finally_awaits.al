// flags: --virtual-time
// A finally block that awaits while its task is being aborted: the await is dropped with the
// task, so what it waited for goes to whoever comes next (a value sent later, a lock released later).
let ch = channel();
let t = spawn(async {
    try { sleep(1000).await; } finally { println("cleanup"); let v = ch.recv().await; println("never", v); }
});
sleep(10).await;
t.abort();
sleep(10).await;
ch.send(42).await;
println("got", ch.recv().await);
let m = Mutex(0);
let g = m.lock().await;
let t2 = spawn(async {
    try { sleep(1000).await; } finally { println("cleanup 2"); let h = m.lock().await; println("never 2"); }
});
sleep(10).await;
t2.abort();
sleep(10).await;
g.unlock();
let h = m.lock().await;
println("locked again");
