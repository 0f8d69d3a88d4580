let f = poll_fn(|cx| Pending);
println("awaiting a future that never wakes");
f.await;
