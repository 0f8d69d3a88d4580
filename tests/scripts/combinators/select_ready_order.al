// flags: --virtual-time
let r = select(async { "first" }, async { "second" }).await;
println(r);
