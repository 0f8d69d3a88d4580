// Calling an async closure returns a Future; the closure body runs when awaited.
let calls = 0;
let add = async |a, b| {
    calls += 1;
    println("adding", a, b);
    a + b
};
let f1 = add(1, 2);
let f2 = add(10, 20);
println("made two futures, calls =", calls);
println(f2.await);
println(f1.await);
println("calls =", calls);
println(typeof(add), typeof(f1));
