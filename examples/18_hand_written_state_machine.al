// flags: --virtual-time
// Lesson 18: the hand-written version of tokio_main -> hello -> print_async.
// The compiler turns every async fn into a state machine: a value that remembers
// its state and has a poll(cx) that does a bit of work and answers "ready, here is
// the value" or "pending, poll me again later". Here the three machines are
// written by hand, like the seed's TokioMainFuture and HelloFuture, and the
// executor drives the outermost one through poll_fn.
// Observe: Pending travels up the chain from print_async to tokio_main; after the
// wake, the polls go down the chain again and every machine reaches Done.

fn ready(v) { {ready: true, value: v} }
fn pending() { {ready: false} }

// print_async(): Start -> Waiting -> Done. It is not ready on its first poll
// (as if the terminal were busy), so it wakes its task and says Pending.
fn print_async_future() {
    let state = "Start";
    {poll: |cx| {
        if state == "Start" {
            println("  PrintAsyncFuture: Start -> Waiting (Pending)");
            state = "Waiting";
            cx.waker().wake();
            pending()
        } else {
            println("Hello, async world!");
            println("  PrintAsyncFuture: Waiting -> Done");
            state = "Done";
            ready(nil)
        }
    }}
}

// hello(): Start -> AwaitingPrint -> Done. It owns the inner future.
fn hello_future() {
    let state = "Start";
    let inner = nil;
    {poll: |cx| {
        if state == "Start" {
            println(" HelloFuture: Start -> AwaitingPrint");
            inner = print_async_future();
            state = "AwaitingPrint";
        }
        let r = inner.poll(cx);
        if r.ready {
            println(" HelloFuture: AwaitingPrint -> Done");
            state = "Done";
            ready(r.value)
        } else {
            println(" HelloFuture: still AwaitingPrint (Pending)");
            pending()
        }
    }}
}

// tokio_main(): Start -> AwaitingHello -> Done.
fn tokio_main_future() {
    let state = "Start";
    let inner = nil;
    {poll: |cx| {
        if state == "Start" {
            println("TokioMainFuture: Start -> AwaitingHello");
            inner = hello_future();
            state = "AwaitingHello";
        }
        let r = inner.poll(cx);
        if r.ready {
            println("TokioMainFuture: AwaitingHello -> Done");
            state = "Done";
            ready(r.value)
        } else {
            println("TokioMainFuture: still AwaitingHello (Pending)");
            pending()
        }
    }}
}

// block_on: the executor polls the outermost machine until it is ready.
let machine = tokio_main_future();
let polls = 0;
poll_fn(|cx| {
    polls += 1;
    println("executor: poll {polls}");
    let r = machine.poll(cx);
    if r.ready { Ready(r.value) } else { Pending }
}).await;
println("executor: done after {polls} polls");
