// flags: --virtual-time
// exit: 1
// A task whose chain failed is awaited by two joiners and then once more, uncaught: each
// re-raise keeps its own trace (the chain's frames appear once, not once per joiner).
async fn innermost() {
    sleep(1ms).await;
    throw "deep failure";
}
async fn middle() { innermost().await }
async fn top() { middle().await }
let t = spawn(top());
let a = spawn(async { try { t.await } catch e { "a caught: " + e } });
let b = spawn(async { try { t.await } catch e { "b caught: " + e } });
println(a.await);
println(b.await);
t.await;
