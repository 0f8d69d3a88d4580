// flags: --virtual-time
let polls = 0;
let f = poll_fn(|cx| {
    polls += 1;
    println("poll", polls);
    if polls < 3 {
        cx.waker().wake();
        Pending
    } else {
        Ready("done after {polls} polls")
    }
});
println(f.await);
