// exit: 1
// Comparing two lists that contain themselves runs out of stack inside the comparison: a
// catchable "stack overflow" where it began. (Values nested too deeply to print or compare:
// FormatterTest, on a thread whose stack is certain to be too small.)
let a = []; a.push(a);
let b = []; b.push(b);
println(try { a == b } catch e { e.message });
println(try { [a] < [b] } catch e { e.message });
println(a == a, a);
println(try { [1, a].contains(b) } catch e { e.message });
println(a == b);
