// flags: --virtual-time
// Runtime errors raised after an .await arrive at the awaiter as Error values.
fn add(a, b) { a + b }
async fn divide(a, b) {
    yield_now().await;
    a / b
}
async fn bad_call() {
    sleep(1ms).await;
    add(1, 2, 3)
}
let r = try { divide(1, 0).await } catch e { "caught: " + e.message };
println(r);
println(try { bad_call().await } catch e { str(e) });
println(divide(7, 2).await);
