// flags: --virtual-time
// The waker can be kept and woken later by someone else, like a real I/O source.
let saved = nil;
let ready = false;
let fut = poll_fn(|cx| {
    if ready {
        Ready("woken by the other task")
    } else {
        saved = cx.waker();
        println("pending; waker saved");
        Pending
    }
});
spawn(async {
    sleep(1s).await;
    ready = true;
    println("waking");
    saved.wake();
});
let t = now();
println(fut.await);
println(t.elapsed());
