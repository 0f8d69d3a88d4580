// exit: 2
// Tasks spawned straight from built-in futures are named for the built-in that made them;
// what each waits for is described as it is now.
let ch = channel();
spawn(poll_fn(|cx| Pending));
spawn(ch.recv());
spawn(Notify().notified()).await;
