import "./deep.al" as deep;
println("loading util");
let greeting = "hi";
fn double(x) { x * 2 }
async fn later(x) { sleep(10ms).await; deep.triple(x) }
