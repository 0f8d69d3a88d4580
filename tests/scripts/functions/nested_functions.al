fn outer(x) {
    fn helper(y) { y * 10 }
    helper(x) + 1
}
println(outer(4));
fn counter_demo() {
    let calls = 0;
    fn bump() { calls += 1; }
    bump();
    bump();
    calls
}
println(counter_demo());
fn uses_later() {
    let r = later(2);
    fn later(n) { n + 100 }
    r
}
println(uses_later());
