fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
println(fib(20));
fn is_even(n) { if n == 0 { true } else { is_odd(n - 1) } }
fn is_odd(n) { if n == 0 { false } else { is_even(n - 1) } }
println(is_even(10), is_odd(7), is_even(7));
fn depth(n) { if n == 0 { 0 } else { 1 + depth(n - 1) } }
println(depth(10000));
