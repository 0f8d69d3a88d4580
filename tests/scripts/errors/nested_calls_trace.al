// exit: 1
fn level3(x) {
    10 / x
}
fn level2(x) { level3(x) + 1 }
fn level1(x) {
    let r = level2(x);
    r
}
println("start");
level1(0);
