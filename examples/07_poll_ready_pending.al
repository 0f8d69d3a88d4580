// flags: --virtual-time
// Lesson 7: what a Future really is. poll_fn builds one by hand: each poll returns
// Ready(value) or Pending. Returning Pending is a promise to arrange a wake-up; here
// the future wakes itself with cx.waker().wake() and is ready on its third poll.
// Run with --trace to watch the executor poll it.
// Observe: with --trace=poll_fn,wake each Pending is followed by a wake from waker.wake().

let polls = 0;
let countdown = poll_fn(|cx| {
    polls += 1;
    if polls < 3 {
        println("poll {polls}: Pending (and asking to be polled again)");
        cx.waker().wake();
        Pending
    } else {
        println("poll {polls}: Ready");
        Ready("finished after {polls} polls")
    }
});

println(countdown.await);
