let x = "global";
let f = |x| x + 1;
println(f(1), x);
let g = |y| { let x = y * 2; x };
println(g(4), x);
let h = || x;
println(h());
let k = |a, b| a - b;
println(k(10, 3));
