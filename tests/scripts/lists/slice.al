let xs = [0, 1, 2, 3, 4];
println(xs.slice(1, 3));
println(xs.slice(0, 5));
println(xs.slice(2, 2));
println(xs.slice(0, 0));
let s = xs.slice(0, 2);
s.push(99);
println(s, xs);
println(xs.slice(3, 5));
