// flags: --virtual-time
// Lesson 17: the Waker. A future that returns Pending must arrange for someone to
// wake its task later, or the task sleeps forever. Here a hand-made "delay" future
// hands its waker to a helper task on the first poll; the helper sleeps, marks the
// delay as done and calls waker.wake(), and the executor polls the delay again.
// Observe: poll 1 is Pending, then nothing happens until the helper wakes the task;
// poll 2 is Ready. (Run with --trace to see "wake ... by waker.wake()".)

async fn wake_later(state, d) {
    sleep(d).await;
    state.done = true;
    println("helper: {d} passed, waking the task");
    state.waker.wake();
}

fn delay(d) {
    let state = {done: false, waker: nil, polls: 0};
    poll_fn(|cx| {
        state.polls += 1;
        if state.done {
            println("delay: poll {state.polls} -> Ready");
            Ready("waited {d}")
        } else {
            println("delay: poll {state.polls} -> Pending (waker handed to a helper)");
            if state.waker == nil {
                spawn(wake_later(state, d));
            }
            state.waker = cx.waker();
            Pending
        }
    })
}

println(delay(2s).await);
