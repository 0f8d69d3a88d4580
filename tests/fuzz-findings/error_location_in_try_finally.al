fn f() {
    try {
        assert(false, "no");
    } finally {
        println("finally");
    }
}
f();
