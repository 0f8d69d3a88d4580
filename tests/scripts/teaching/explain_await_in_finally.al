// flags: --explain
// An await in a finally block is one await point, so one state, though the block is compiled
// once for each way out of its try (done, failed, returned).
async fn g(fail) {
    try {
        sleep(1ms).await;
        if fail { return 0; }
    } finally {
        sleep(2ms).await;
    }
    1
}
