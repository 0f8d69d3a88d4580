// exit: 1
for x in 42 { println(x); }
