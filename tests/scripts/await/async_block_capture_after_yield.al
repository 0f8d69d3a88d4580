// An async block reads its captured variables when it runs, also after it has
// been suspended and resumed.
let x = "captured x";
let n = 0;
let reader = || n;
let b = async {
    yield_now().await;
    x
};
println(b.await);
let t = spawn(async {
    yield_now().await;
    yield_now().await;
    x + " in a task"
});
println(t.await);
