// flags: --explain
// Lesson 8: what #[tokio::main] expands to. The runtime blocks the main thread on one
// future, tokio_main(), which awaits hello(), which awaits print_async(). Each async fn
// is a state machine (see: asynclang --explain examples/08_tokio_main_block_on.al):
//   TokioMainFuture: Start -> AwaitingHello -> Done
//   HelloFuture:     Start -> AwaitingPrintAsync -> Done

async fn print_async() {
    println("Hello, async world!");
}

async fn hello() {
    print_async().await;
}

async fn tokio_main() {
    hello().await;
}

// The top level is the body of the main task: awaiting here is block_on.
tokio_main().await;
