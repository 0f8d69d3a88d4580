// flags: --virtual-time
// join's output lists the outputs in argument order, whatever order they finish in.
async fn job(name, ms) {
    sleep(ms).await;
    println("finished", name);
    name
}
let r = join(job("slow", 300), job("fast", 100), job("mid", 200)).await;
println(r);
