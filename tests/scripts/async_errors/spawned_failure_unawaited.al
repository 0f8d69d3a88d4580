// flags: --virtual-time
// A spawned task that fails while nobody awaits it is reported on stderr;
// the program goes on and exits 0.
async fn worker() {
    sleep(10ms).await;
    throw "worker failed";
}
spawn(worker());
sleep(100ms).await;
println("main continues");
