let s = "  Hello, World  ";
println(s.trim(), s.len(), "héllo".len(), len("héllo"));
println("a,b,,c".split(","), "one two  three".split(" "), "abc".split(""));
println("hello".contains("ell"), "hello".starts_with("he"), "hello".ends_with("lo"));
println("aXbXc".replace("X", "-"), "Hello".upper(), "Hello".lower());
println("héy".chars(), "42".parse_int() + 1, "-17".parse_int(), " 8 ".parse_int());
println("abc"[1], "abc"[0..2]);
