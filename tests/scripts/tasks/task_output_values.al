// Tasks from async fns, async blocks and async closures all give their output.
async fn double(x) { yield_now().await; x * 2 }
let triple = async |x| { yield_now().await; x * 3 };
let a = spawn(double(5));
let b = spawn(async { "block" });
let c = spawn(triple(5));
println(a.await, b.await, c.await);
let nested = spawn(async {
    let inner = spawn(double(21));
    inner.await
});
println(nested.await);
