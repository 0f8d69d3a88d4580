println("a,b,c".split(","));
println("a,b,,c".split(","));
println("one two  three".split(" "));
println("key=value".split("="));
println("no separator".split(","));
println("a::b::c".split("::"));
println("a,b".split(",").len());
let parts = "10 20 30".split(" ");
let total = 0;
for p in parts { total += p.parse_int(); }
println(total);
println(typeof("x".split(",")));
