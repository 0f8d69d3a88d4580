// Plain recursive calls: fib(N), default 30.
fn fib(n) { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
let a = args();
let n = if len(a) > 0 { int(a[0]) } else { 30 };
println(fib(n));
