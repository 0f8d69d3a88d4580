// join polls its futures in argument order, in the one task that awaits it.
async fn step(name) {
    println(name, 1);
    yield_now().await;
    println(name, 2);
    yield_now().await;
    println(name, 3);
    name
}
println(join(step("a"), step("b"), step("c")).await);
