// exit: 2
// Returning Pending without arranging a wake leaves the task asleep forever:
// nothing can wake it, so the executor reports a deadlock (exit 2).
let fut = poll_fn(|cx| Pending);
println("before");
fut.await;
println("NOT REACHED");
