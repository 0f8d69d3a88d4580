// args: alpha beta
let a = args();
println(a, len(a), typeof(a));
for x in a { println("arg:", x); }
