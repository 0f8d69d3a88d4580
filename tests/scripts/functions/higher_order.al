fn compose(f, g) { |x| f(g(x)) }
fn twice(f) { |x| f(f(x)) }
let inc = |x| x + 1;
let dbl = |x| x * 2;
println(compose(inc, dbl)(5));
println(compose(dbl, inc)(5));
println(twice(dbl)(3));
println(twice(twice(inc))(0));
fn map_list(xs, f) {
    let out = [];
    for x in xs { out.push(f(x)); }
    out
}
println(map_list([1, 2, 3], dbl));
fn make_multiplier(k) { |x| x * k }
let times3 = make_multiplier(3);
println(times3(7));
println([1, 2, 3].map(make_multiplier(10)));
fn call_n(n, f) { for i in 0..n { f(i); } }
call_n(3, |i| println("call", i));
