println("hello".len());
println("".len());
println(len("abc"));
println("héllo".len());
println("😀😀".len());
println("a\tb".len());
println("line\n".len());
let s = "x" + "yz";
println(s.len(), len(s));
