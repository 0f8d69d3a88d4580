// flags: --virtual-time
// The top level of a script is an async context: .await works there directly.
async fn double(x) {
    sleep(10ms).await;
    x * 2
}
let a = double(4).await;
println("a =", a);
let b = double(a).await + double(1).await;
println("b =", b);
if a > 0 {
    println("in block:", double(a).await);
}
let xs = [];
for i in 0..3 {
    xs.push(double(i).await);
}
println(xs);
