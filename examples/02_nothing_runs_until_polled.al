// flags: --virtual-time
// Lesson 2: a future is lazy. Creating it runs none of its body; dropping it without
// awaiting runs nothing at all (and asynclang warns you). Only polling - here, .await -
// makes the body run.
// Observe: the warning on stderr, and that "hello from inside" prints only once, after the .await.

async fn hello() {
    println("hello from inside the future");
}

hello();                            // warning on stderr: never awaited, never runs
println("created and dropped a future: nothing printed above");

let f = hello();
println("created another one; still nothing");
f.await;                            // now the body runs
