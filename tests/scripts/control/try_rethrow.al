fn risky(n) {
    if n > 2 { throw "too big: {n}"; }
    n
}
fn wrapper(n) {
    try { risky(n) } catch e { throw "wrapped(" + e + ")"; }
}
println(try { wrapper(1) } catch e { e });
println(try { wrapper(5) } catch e { e });
let r = try { [1, 2][9] } catch e { e.message } finally { println("cleanup"); };
println(r);
