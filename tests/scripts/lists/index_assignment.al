let xs = [0, 0, 0];
for i in 0..3 { xs[i] = i * i; }
println(xs);
xs[0] = [1, 2];
xs[0][1] = "deep";
println(xs);
let m = {list: [1, 2, 3]};
m.list[2] = 30;
m["list"][0] = 10;
println(m);
let ys = [1, 2];
ys[ys.len() - 1] = "last";
println(ys);
