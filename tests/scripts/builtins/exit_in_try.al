// exit: 4
try {
    println("in try");
    exit(4);
} catch e {
    println("exit is not an exception");
}
println("not reached");
