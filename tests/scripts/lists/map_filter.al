let xs = [1, 2, 3, 4, 5];
let doubled = xs.map(|x| x * 2);
println(doubled);
println(xs);
let evens = xs.filter(|x| x % 2 == 0);
println(evens);
println(xs.filter(|x| x > 10));
println([].map(|x| x));
println(xs.map(|x| "n" + x));
println(xs.filter(|x| x != 3).map(|x| x * x));
fn is_odd(n) { n % 2 == 1 }
println(xs.filter(is_odd));
println(["a", nil, 0, false, ""].filter(|v| v));
