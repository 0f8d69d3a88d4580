fn fib(n) {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}
for i in 0..10 { print(fib(i), ""); }
println();
println(fib(20));
fn fib_big(n) {
    let a = 0;
    let b = 1;
    for i in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}
println(fib_big(100));
fn sum_to(n) { if n == 0 { 0 } else { n + sum_to(n - 1) } }
println(sum_to(1000));
fn gcd(a, b) { if b == 0 { a } else { gcd(b, a % b) } }
println(gcd(1071, 462));
