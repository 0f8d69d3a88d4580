println("hello world".replace("o", "0"));
println("aaa".replace("a", "bb"));
println("nothing here".replace("xyz", "!"));
println("a-b-c".replace("-", ""));
println("repeat repeat".replace("repeat", "once"));
let s = "original";
let t = s.replace("o", "O");
println(s, t);
