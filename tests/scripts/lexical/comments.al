// line comment
/* block comment */
/* nested /* block */ comment still going */
let x = 1; // trailing
/*
   multi-line
   /* with nesting */
*/
println(x /* inline */ + 1);
