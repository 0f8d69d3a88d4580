// exit: 1
fn add(a, b) { a + b }
fn outer() {
    add(1, 2, 3)
}
outer();
