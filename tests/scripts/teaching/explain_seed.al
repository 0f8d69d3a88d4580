// flags: --explain
async fn tokio_main() {
    hello().await;
}

async fn hello() {
    print_async().await;
}

async fn print_async() {
    println("Hello, async world!");
}

tokio_main().await;
