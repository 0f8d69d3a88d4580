// exit: 1
println("x");
/* this comment
   never ends
