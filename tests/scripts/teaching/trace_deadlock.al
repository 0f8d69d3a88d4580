// flags: --trace --virtual-time
// exit: 2
// Nothing will ever send on the channel: the trace ends with the deadlock.
let ch = channel();
let v = ch.recv().await;
println("unreachable", v);
