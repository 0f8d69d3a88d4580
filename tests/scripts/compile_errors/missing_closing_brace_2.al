// exit: 1
fn f() {
    println("x");
