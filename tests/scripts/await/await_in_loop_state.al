// flags: --virtual-time
async fn count(n) {
    let acc = [];
    for i in 0..n {
        sleep(100ms).await;
        acc.push(i);
    }
    acc
}
let start = now();
println(count(4).await, start.elapsed());
