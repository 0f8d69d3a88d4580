let compose = |f, g| |x| f(g(x));
let inc = |x| x + 1;
let dbl = |x| x * 2;
println(compose(inc, dbl)(5), compose(dbl, inc)(5));
let adders = [1, 2, 3].map(|n| |x| x + n);
println(adders.map(|a| a(10)));
