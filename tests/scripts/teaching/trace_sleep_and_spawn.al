// flags: --trace --virtual-time
// The executor's events for a spawned task that sleeps while main waits for it.
async fn worker() {
    sleep(1s).await;
    "worker done"
}

let t = spawn(worker());
println(t.await);
