// An async block is a Future: its body runs when it is polled, not where it is written.
// It reads the variables it captures at the time it runs.
let x = 1;
let fut = async {
    println("block runs, x =", x);
    x + 100
};
x = 5;
println("block created:", typeof(fut));
println("result", fut.await);
