let fact = nil;
fact = |n| if n < 2 { 1 } else { n * fact(n - 1) };
println(fact(5));
println(fact(25));
let fs = [];
for i in 0..3 {
    fs.push(|| i);
    i += 10;
}
println(fs.map(|f| f()));
let fib = nil;
fib = |n| if n < 2 { n } else { fib(n - 1) + fib(n - 2) };
println(fib(15));
