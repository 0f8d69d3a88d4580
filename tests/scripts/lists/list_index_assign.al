let l = [1, 2, 3];
l[0] = "one";
l[2] += 10;
l[1] *= 5;
println(l);
let i = 0;
fn next() { i += 1; i }
let m = [0, 0, 0];
m[next()] += 7;
println(m, i);
