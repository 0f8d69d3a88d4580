// yield_now() is Pending once: the task goes to the back of the ready queue,
// so two counting tasks take turns.
async fn count(name, n) {
    for i in 0..n {
        println(name, i);
        yield_now().await;
    }
    println(name, "done");
}
let a = spawn(count("a", 3));
let b = spawn(count("b", 2));
a.await;
b.await;
println("main done");
