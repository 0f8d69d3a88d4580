println("abc".chars());
println("".chars());
println("a😀b".chars());
println("abc".chars().len());
let cs = "hello".chars();
cs.reverse();
println(cs.join(""));
println(typeof("x".chars()[0]));
println("a b".chars());
