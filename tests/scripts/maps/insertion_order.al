let m = {};
m.z = 1;
m.a = 2;
m.m = 3;
println(m.keys());
m.z = 100;
println(m);
m.remove("a");
m.a = 4;
println(m);
let lit = {c: 1, b: 2, a: 3};
println(lit);
for k in lit { print(k, ""); }
println();
