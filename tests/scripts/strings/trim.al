println("[" + "  padded  ".trim() + "]");
println("[" + "\t\n tabs \n".trim() + "]");
println("[" + "none".trim() + "]");
println("[" + "   ".trim() + "]");
println("[" + " inner  space ".trim() + "]");
let s = "  keep  ";
s.trim();
println("[" + s + "]");
