// poll_fn returning Ready on the first poll: the await completes without suspending.
let fut = poll_fn(|cx| Ready("at once"));
println(fut.await);
println(poll_fn(|cx| Ready(nil)).await);
println(poll_fn(|cx| Ready([1, 2])).await);
