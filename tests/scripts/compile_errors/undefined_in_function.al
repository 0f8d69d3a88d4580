// exit: 1
fn greet() {
    println(nmae);
}
