// exit: 1
// Fuzz finding 4: an error in a try with a finally, inside a function, is reported where it happens.
fn f() {
    try {
        assert(false, "no");
    } finally {
        println("finally");
    }
}
f();
