// flags: --virtual-time
// select polls in argument order: when the first is ready at once, it wins.
let r = select(async { "first" }, async { "second" }).await;
println(r);
let ch = channel();
ch.send("queued").await;
let r2 = select(sleep(1s), ch.recv()).await;
println(r2);
