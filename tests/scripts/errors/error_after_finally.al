// exit: 1
fn work() {
    try {
        println("working");
        throw "failed";
    } finally {
        println("cleanup");
    }
}
work();
println("not reached");
