// flags: --virtual-time
async fn background() {
    try {
        for i in 0..10 {
            println("background tick", i);
            sleep(1s).await;
        }
    } finally {
        println("background cancelled at exit");
    }
}
spawn(background());
sleep(2500ms).await;
println("main done");
