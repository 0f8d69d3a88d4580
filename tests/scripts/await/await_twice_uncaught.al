// exit: 1
async fn one() { 1 }
let f = one();
println(f.await);
f.await;
println("NOT REACHED");
