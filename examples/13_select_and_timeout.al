// flags: --virtual-time
// Lesson 13: racing futures. select keeps the first to finish and cancels the rest;
// timeout is a race against a timer. A cancelled future stops at its .await and runs
// its finally blocks - nothing else.
// Observe: the loser's finally block runs when it is cancelled, and nothing after its .await does.

async fn slow_service() {
    try {
        sleep(5s).await;
        "slow answer"
    } finally {
        println("slow_service was cancelled and cleaned up");
    }
}

let winner = select(slow_service(), async { sleep(1s).await; "fast answer" }).await;
println("select:", winner);

let r = try { timeout(2s, slow_service()).await } catch e { e.message };
println("timeout:", r);
