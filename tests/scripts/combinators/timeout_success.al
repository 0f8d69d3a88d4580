// flags: --virtual-time
// timeout(d, fut) gives fut's output when fut finishes in time.
async fn quick() {
    sleep(100ms).await;
    "quick result"
}
let t = now();
println(timeout(1s, quick()).await);
println(t.elapsed());
println(timeout(500ms, async { 5 }).await);
