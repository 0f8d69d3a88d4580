// Real clock: select and timeout with millisecond sleeps.
async fn after(ms, v) {
    sleep(ms).await;
    v
}
println(select(after(20ms, "slow"), after(1ms, "fast")).await);
println(timeout(20ms, after(1, "in time")).await);
println(try { timeout(5ms, after(20, "late")).await } catch e { e.message });
