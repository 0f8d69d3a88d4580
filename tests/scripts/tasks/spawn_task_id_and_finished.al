// flags: --virtual-time
async fn work(ms) {
    sleep(ms).await;
    ms
}
let a = spawn(work(100));
let b = spawn(work(300));
println(typeof(a.id), a.id != b.id);
println(a.is_finished(), b.is_finished());
sleep(200ms).await;
println(a.is_finished(), b.is_finished());
println(a.await + b.await);
println(a.is_finished(), b.is_finished());
