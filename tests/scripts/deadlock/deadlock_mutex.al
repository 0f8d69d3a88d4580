// exit: 2
// Main holds the lock and waits for a task that waits for the lock.
async fn worker(m) {
    let g = m.lock().await;
    g.value += 1;
    g.unlock();
}
let m = Mutex(0);
let g = m.lock().await;
let t = spawn(worker(m));
println("main holds the lock and awaits the worker");
t.await;
println("NOT REACHED");
