// flags: --virtual-time
async fn fails() {
    sleep(10ms).await;
    throw "nobody awaits me";
}
spawn(fails());
sleep(1s).await;
println("main goes on after the failed task");
