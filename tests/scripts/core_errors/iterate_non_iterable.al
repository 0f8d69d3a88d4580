for x in 42 { println(x); }
