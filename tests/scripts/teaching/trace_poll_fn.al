// flags: --trace=poll_fn,wake --virtual-time
// A hand-written future: Pending twice (asking to be woken), then Ready.
let polls = 0;
let fut = poll_fn(|cx| {
    polls += 1;
    if polls < 3 {
        cx.waker().wake();
        Pending
    } else {
        Ready("ready after {polls} polls")
    }
});
println(fut.await);
