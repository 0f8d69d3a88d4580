// flags: --virtual-time
// A select loser cancelled in the middle of a loop stops there: its loop never
// continues, its finally runs once.
async fn counter() {
    let i = 0;
    try {
        loop {
            sleep(100ms).await;
            i += 1;
            println("counter", i);
        }
    } finally {
        println("counter cancelled at", i);
    }
}
let r = select(counter(), async { sleep(350ms).await; "stop" }).await;
println(r);
sleep(1s).await;
println("end");
