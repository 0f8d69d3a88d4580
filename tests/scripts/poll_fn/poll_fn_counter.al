// A hand-written future: Pending twice (each time asking to be polled again via
// the waker), then Ready.
let polls = 0;
let fut = poll_fn(|cx| {
    polls += 1;
    if polls < 3 {
        println("poll", polls, "-> Pending");
        cx.waker().wake();
        Pending
    } else {
        println("poll", polls, "-> Ready");
        Ready(polls * 10)
    }
});
println("created:", typeof(fut), "polls =", polls);
println("result", fut.await);
println("polls =", polls);
