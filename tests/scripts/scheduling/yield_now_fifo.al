// flags: --virtual-time
async fn step(name) {
    println(name, "1");
    yield_now().await;
    println(name, "2");
    yield_now().await;
    println(name, "3");
}
let a = spawn(step("a"));
let b = spawn(step("b"));
let c = spawn(step("c"));
a.await; b.await; c.await;
