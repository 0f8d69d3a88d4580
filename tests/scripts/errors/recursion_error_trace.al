// exit: 1
fn countdown(n) {
    if n == 0 { throw "liftoff failed"; }
    countdown(n - 1)
}
countdown(5);
