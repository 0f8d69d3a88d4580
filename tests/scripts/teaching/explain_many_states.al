// flags: --explain
// Several awaits in one body: one state each, named after what is awaited.
async fn fetch(id) {
    sleep(10ms).await;
    id * 2
}

async fn pipeline(ch) {
    let a = fetch(1).await;
    let b = fetch(2).await;
    ch.send(a + b).await;
    let task = spawn(async { yield_now().await; 3 });
    task.await
}

fn not_async(x) { x + 1 }

let run = async |x| { sleep(x).await; x };
println("never printed: --explain runs nothing");
