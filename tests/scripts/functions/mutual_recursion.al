println(is_even(10), is_odd(10));
println(is_even(7), is_odd(7));
fn is_even(n) { if n == 0 { true } else { is_odd(n - 1) } }
fn is_odd(n) { if n == 0 { false } else { is_even(n - 1) } }
fn ping(n) {
    if n == 0 { return "done"; }
    print("ping ");
    pong(n - 1)
}
fn pong(n) {
    if n == 0 { return "done"; }
    print("pong ");
    ping(n - 1)
}
println(ping(4));
fn outer() {
    fn a(n) { if n <= 0 { "a" } else { b(n - 1) } }
    fn b(n) { if n <= 0 { "b" } else { a(n - 1) } }
    [a(3), a(4)]
}
println(outer());
