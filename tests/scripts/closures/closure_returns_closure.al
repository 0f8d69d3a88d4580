let adder = |a| |b| a + b;
let add5 = adder(5);
println(add5(1), add5(10));
println(adder(1)(2));
fn curry3(f) { |a| |b| |c| f(a, b, c) }
let sum3 = curry3(|a, b, c| a + b + c);
println(sum3(1)(2)(3));
fn memo() {
    let cache = {};
    |n| {
        if cache.has(str(n)) { return "hit " + cache[str(n)]; }
        cache[str(n)] = n * n;
        "miss " + cache[str(n)]
    }
}
let sq = memo();
println(sq(4));
println(sq(4));
println(sq(5));
