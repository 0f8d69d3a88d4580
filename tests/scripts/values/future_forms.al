// How futures print: an async fn's by its name, an async block as such, a built-in's by
// what it does. None of them runs by being printed (nothing here is awaited but the last).
async fn fetch(n) { n }
let ch = channel();
println(fetch(1));
println(async { 2 });
println(sleep(1ms));
println(ch.recv());
println(join(fetch(1)));
println(join(fetch(1), fetch(2)));
println(select(fetch(1), sleep(5ms)));
println(timeout(1s, fetch(3)));
let t = spawn(fetch(4));
println(t, t.await);
