// flags: --virtual-time
// When the main task finishes, tasks still running are cancelled: their pending
// finally blocks run, nothing after their .await does.
async fn background() {
    try {
        println("background: started");
        sleep(1s).await;
        println("background: NOT REACHED");
    } finally {
        println("background: finally on cancel");
    }
}
spawn(background());
spawn(async {
    loop {
        sleep(100ms).await;
        println("ticker");
    }
});
sleep(250ms).await;
println("main: done");
