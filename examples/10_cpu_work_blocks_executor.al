// flags: --virtual-time
// Lesson 10: avoid long CPU work inside async code. The executor is cooperative: a task
// that never reaches an .await keeps every other task waiting.
// Observe: in round 1 the ticker cannot tick while the cruncher crunches ("cruncher done"
// comes right after tick 0). In round 2 the cruncher calls yield_now() every 50,000 steps,
// so the ticker's ticks come in between. Run with --trace --virtual-time to see the polls,
// or --warn-blocking=10ms to have the executor point at the long poll.

async fn ticker(round) {
    for i in 0..3 {
        println("round {round}: tick", i);
        yield_now().await;                  // a well-behaved task: gives others a turn
    }
}

async fn cruncher(round, cooperative) {
    let sum = 0;
    for i in 0..300000 {
        sum += i;
        if cooperative && i % 50000 == 0 {
            yield_now().await;              // let the others run
        }
    }
    println("round {round}: cruncher done:", sum);
}

// Round 1: no .await in the loop - nothing else runs until it is finished.
let t = spawn(ticker(1));
let c = spawn(cruncher(1, false));
t.await;
c.await;

// Round 2: the same work, yielding now and then.
let t = spawn(ticker(2));
let c = spawn(cruncher(2, true));
t.await;
c.await;
