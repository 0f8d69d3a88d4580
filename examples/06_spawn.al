// flags: --virtual-time
// Lesson 6: spawn hands a future to the executor as an independent task. It starts at
// the next scheduling point - not inside spawn - and runs while main sleeps.
// Observe: main prints first (spawned tasks start at the next scheduling point), then A and B after 1s.

async fn main() {
    spawn(async {
        sleep(1s).await;
        println("task A");
    });

    spawn(async {
        sleep(1s).await;
        println("task B");
    });

    println("main: spawned two tasks, now sleeping");
    sleep(2s).await;
    println("main: done");
}
