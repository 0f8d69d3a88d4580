// flags: --virtual-time
// Cancelling a task stops it at its current .await: the pending finally blocks run
// (innermost first), catch blocks do not catch the cancellation, and no statement
// after the .await runs.
async fn inner() {
    try {
        println("inner: before await");
        sleep(1s).await;
        println("inner: NOT REACHED");
    } catch e {
        println("inner: catch NOT REACHED", e);
    } finally {
        println("inner: finally");
    }
    println("inner: after try NOT REACHED");
}
async fn outer() {
    try {
        inner().await;
        println("outer: NOT REACHED");
    } finally {
        println("outer: finally");
    }
    println("outer: after try NOT REACHED");
}
let t = spawn(outer());
sleep(100ms).await;
t.abort();
let r = try { t.await } catch e { e.message };
println("main:", r);
sleep(2s).await;
println("main: end");
