// exit: 1
fn f() {
    break;
}
