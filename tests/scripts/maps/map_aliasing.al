let a = {v: 1};
let b = a;
b.v = 2;
println(a.v);
fn mutate(m) { m.added = true; }
mutate(a);
println(a);
let list = [a, a];
list[0].v = 99;
println(list[1].v);
