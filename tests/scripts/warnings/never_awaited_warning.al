async fn hello() {
    println("hello body");
}

fn sync_caller() {
    hello();
    "sync done"
}

hello();
println(sync_caller());
async fn a() {
    hello();
}
a().await;
println("end");
