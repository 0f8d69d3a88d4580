// exit: 1
// Comparing two lists that contain themselves, or printing a list nested a million deep,
// runs out of stack inside the comparison: a catchable "stack overflow" where it began.
let a = []; a.push(a);
let b = []; b.push(b);
println(try { a == b } catch e { e.message });
println(try { [a] < [b] } catch e { e.message });
println(a == a, a);
let v = [];
for i in 0..1000000 { v = [v]; }
println(try { str(v) } catch e { e.message });
println(try { [1, v].contains([v]) } catch e { e.message });
println(a == b);
