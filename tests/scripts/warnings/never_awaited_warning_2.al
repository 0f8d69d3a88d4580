// flags: --virtual-time
async fn hello() {
    println("hello");
}
hello();
for i in 0..3 {
    hello();
}
async { println("block"); };
println("done");
