// flags: --virtual-time
// exit: 1
async fn fetch() {
    sleep(5s).await;
    "data"
}
println("fetching");
let v = timeout(250ms, fetch()).await;
println("NOT REACHED", v);
