println("hello world".replace("o", "0"));
println("aaa".replace("a", "bb"));
println("nothing here".replace("xyz", "!"));
println("a-b-c".replace("-", ""));
println("repeat repeat".replace("repeat", "once"));
let s = "original";
let t = s.replace("o", "O");
println(s, t);
// An empty pattern matches before every character and at the end; a character outside the BMP is one.
let r = "a😀b".replace("", "|");
println(r, len(r));
