fn mutate(x) { x = x + 1; x }
let a = 5;
println(mutate(a), a);
fn mutate_list(xs) { xs.push(99); }
let l = [1];
mutate_list(l);
println(l);
fn rebind_list(xs) { xs = [0]; xs }
println(rebind_list(l), l);
fn same_names(a, b) { [b, a] }
let b = "outer b";
println(same_names(1, 2), b);
