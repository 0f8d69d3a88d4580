// flags: --trace=poll,ready --virtual-time
// Lesson 10: avoid long CPU work inside async code. The executor is cooperative: a task
// that never reaches an .await keeps every other task waiting. The ticker below cannot
// tick while the cruncher crunches; yield_now() inside the loop would let it run.

async fn ticker() {
    for i in 0..3 {
        println("tick", i);
        sleep(10ms).await;
    }
}

async fn cruncher() {
    let sum = 0;
    for i in 0..300000 { sum += i; }        // no .await in here: nothing else runs
    println("cruncher done:", sum);
}

let t = spawn(ticker());
let c = spawn(cruncher());
t.await;
c.await;
