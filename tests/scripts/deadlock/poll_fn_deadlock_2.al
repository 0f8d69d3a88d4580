// flags: --virtual-time
// exit: 2
let f = poll_fn(|cx| Pending);
println("awaiting a future that never wakes");
f.await;
