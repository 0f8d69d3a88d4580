// Memory per pending task: spawn N tasks that all sleep for an hour, let each run to its
// first .await, print how many are pending, and exit (which cancels them).
// usage: asynclang pending.al [N] [HOLD_MS]   (HOLD_MS > 0: print "ready" to stderr, then
// keep the tasks pending that long, so that a tool such as jcmd can inspect the heap)
let a = args();
let n = if len(a) > 0 { int(a[0]) } else { 100000 };
let hold = if len(a) > 1 { int(a[1]) } else { 0 };
let tasks = [];
for i in 0..n {
    tasks.push(spawn(async { sleep(3600000).await; 1 }));
}
yield_now().await;   // FIFO: every spawned task has now been polled once and is asleep
let pending = 0;
for t in tasks { if !t.is_finished() { pending += 1; } }
if hold > 0 { eprintln("ready"); sleep(hold).await; }
println(pending);
