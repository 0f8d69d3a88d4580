// flags: --trace=cancel,ready --virtual-time
// A select cancels the loser; an abort cancels a task.
async fn slow() {
    try { sleep(10s).await; } finally { println("slow cleaned up"); }
}
let t = spawn(slow());
yield_now().await;
t.abort();
let r = select(sleep(1s), slow()).await;
println(r.index);
