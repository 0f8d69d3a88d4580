// flags: --virtual-time
// return inside an async fn completes its future with that value.
async fn find(xs, target) {
    for x in xs {
        sleep(10ms).await;
        if x == target { return "found {x}"; }
    }
    "missing"
}
println(find([1, 2, 3], 2).await);
println(find([1, 2, 3], 9).await);
let t = now();
find([5, 6, 7], 5).await;
println(t.elapsed());
