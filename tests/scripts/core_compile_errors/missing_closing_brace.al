fn f() {
    println("x");
