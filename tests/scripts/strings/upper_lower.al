println("Hello World".upper());
println("Hello World".lower());
println("MiXeD 123 !?".lower());
println("ümlaut".upper());
println("".upper() == "");
let s = "Keep";
println(s.upper(), s);
println("abc".upper().lower());
