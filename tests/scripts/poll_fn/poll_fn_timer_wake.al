// flags: --virtual-time
// A hand-written future that arranges its own wake through a spawned task.
let start = now();
let ready = false;
let saved = nil;
let fut = poll_fn(|cx| {
    if ready { Ready("woken and ready") } else { saved = cx.waker(); Pending }
});
spawn(async {
    sleep(1s).await;
    ready = true;
    saved.wake();
});
println(fut.await, start.elapsed());
