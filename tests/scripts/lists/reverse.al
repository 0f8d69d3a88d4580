let xs = [1, 2, 3];
let r = xs.reverse();
println(xs);
r.push(0);
println(xs);
println([].reverse());
println(["only"].reverse());
println([1, [2, 3]].reverse());
