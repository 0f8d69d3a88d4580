// Real clock: spawned tasks sleeping a few milliseconds wake in deadline order.
let done = [];
let ts = [];
for ms in [15, 5, 10] {
    ts.push(spawn(async {
        sleep(ms).await;
        done.push(ms);
    }));
}
for t in ts { t.await; }
println(done);
