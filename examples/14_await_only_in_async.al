// flags: --virtual-time
// Lesson 14: `.await` may appear only inside async code - an async fn, an async
// closure, an async block, or the top level of a script (which is the main task).
// Only those bodies are compiled into resumable state machines; a plain fn has no
// state to save, so it cannot pause in the middle. Writing
//     fn load() { sleep(1s).await; }
// is refused before anything runs: "`await` is only allowed inside `async`
// functions and blocks". A plain fn can still *build* a future and hand it back;
// whoever holds it, in async code, awaits it.
// Observe: the plain fn returns at once; the waiting happens at the caller's .await.

fn make_greeting(name) {
    println("make_greeting: building a future, not waiting");
    async {
        sleep(1s).await;                // fine: inside an async block
        "hello, {name}"
    }
}

async fn main() {
    let t = now();
    let fut = make_greeting("world");
    println("main: got a", typeof(fut), "- no time has passed:", t.elapsed() < 1ms);
    let text = fut.await;               // fine: inside an async fn
    println("main:", text, "after", t.elapsed());
}
