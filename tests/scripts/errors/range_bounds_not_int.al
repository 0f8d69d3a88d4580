// exit: 1
for i in 0..2.5 { println(i); }
