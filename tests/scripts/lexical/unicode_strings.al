let s = "héllo wörld";
println(s);
println(len(s));
println(s.upper());
let e = "日本語";
println(e, len(e));
println("emoji: 😀", len("😀"));
for c in "añ😀" { println(c); }
println("{e}!");
