// flags: --virtual-time
// When the time is up, timeout cancels the future (its finally runs) and throws.
async fn slow() {
    try {
        sleep(10s).await;
        println("slow NOT REACHED");
        "slow"
    } finally {
        println("slow: finally (cancelled)");
    }
}
let t = now();
let r = try { timeout(250ms, slow()).await } catch e { e.message };
println(r);
println(t.elapsed());
let r2 = try { timeout(1.5s, slow()).await } catch e { str(e) };
println(r2);
println(t.elapsed());
