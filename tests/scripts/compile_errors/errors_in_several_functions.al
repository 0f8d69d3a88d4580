// exit: 1
fn f() {
    1 +* 2
}
fn g() {
    3 +* 4
}
let z = 5 +* 6;
