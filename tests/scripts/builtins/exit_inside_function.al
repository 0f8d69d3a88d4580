// exit: 7
fn stop() {
    try {
        exit(7);
    } catch e {
        println("exit is not an error to catch");
    } finally {
        println("finally does not run on exit either");
    }
}
println("start");
stop();
println("unreachable");
