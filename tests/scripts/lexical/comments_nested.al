// a line comment
println(1); // trailing comment
/* block */ println(2);
/* outer /* inner */ still a comment */ println(3);
/*
  multi-line
  /* nested /* twice */ */
  println("not printed");
*/
println(4 /* inline */ + 5);
let s = "// not a comment";
println(s);
let t = "/* not a comment */";
println(t);
// println("hidden");
println(1 // comment inside an expression
  + 1);
/**/ println("empty block comment");
