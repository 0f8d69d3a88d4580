// exit: 1
let s = "text";
println(s.upper());
println(s.reverse());
