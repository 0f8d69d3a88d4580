// flags: --virtual-time
// A select member that throws before any other completes: its error is rethrown.
async fn boom() {
    sleep(10ms).await;
    throw "boom";
}
let r = try { select(sleep(1s), boom()).await } catch e { "caught " + e };
println(r);
