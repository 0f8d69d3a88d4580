// exit: 2
// A poll_fn that returns Pending without arranging a wake is never polled again, even when an
// async fn awaits it (not the task's own body): the program deadlocks.
async fn f() {
    let n = 0;
    let v = poll_fn(|cx| { n += 1; if n == 2 { Ready("polled again without a wake") } else { Pending } }).await;
    println(v);
}
f().await;
