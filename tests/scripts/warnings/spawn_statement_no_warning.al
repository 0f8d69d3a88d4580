// flags: --virtual-time
// `spawn(f);` as a statement hands the future to the executor: no warning, and it runs.
async fn bg(name) {
    sleep(10ms).await;
    println(name, "ran");
}
spawn(bg("one"));
spawn(bg("two"));
sleep(1s).await;
println("main done");
