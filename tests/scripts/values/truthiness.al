fn t(v) { if v { "truthy" } else { "falsy" } }
println("nil", t(nil));
println("false", t(false));
println("true", t(true));
println("0", t(0));
println("0.0", t(0.0));
println("empty string", t(""));
println("empty list", t([]));
println("empty map", t({}));
println("0ms", t(0ms));
println("function", t(t));
println(!nil, !false, !0, !"", ![]);
let n = 0;
while n { println("zero is truthy"); break; }
