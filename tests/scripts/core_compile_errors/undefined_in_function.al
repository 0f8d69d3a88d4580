fn greet() {
    println(nmae);
}
