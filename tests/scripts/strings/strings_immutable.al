let a = "abc";
let b = a;
b += "def";
println(a, b);
let c = a.upper();
println(a, c);
let s = "x";
fn change(v) { v += "!"; v }
println(change(s), s);
println("ab" + "cd" == "abcd");
