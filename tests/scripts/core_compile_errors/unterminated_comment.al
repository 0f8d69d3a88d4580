println("x");
/* this comment
   never ends
