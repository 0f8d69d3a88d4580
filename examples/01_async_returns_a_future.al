// flags: --virtual-time
// Lesson 1: `async fn` does not return its value. It returns a Future: a value that
// describes work still to be done. The number only appears once the future is awaited.
// Observe: typeof(fetch()) is "future"; the 42 only appears after .await.

async fn fetch() {
    42
}

let f = fetch();                    // nothing has run yet
println("fetch() gave a", typeof(f));
println("awaiting it gives", f.await);
