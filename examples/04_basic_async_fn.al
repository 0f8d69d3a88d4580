// flags: --virtual-time
// Lesson 4: the first Tokio example. say_hello() prints, sleeps without blocking,
// and prints again when the timer has fired and the executor resumed it.
// Observe: with --trace, main goes pending on the sleep, a timer wakes it 1s later, then "world!".

async fn say_hello() {
    println("hello...");
    sleep(1s).await;
    println("world!");
}

async fn main() {
    say_hello().await;
}
