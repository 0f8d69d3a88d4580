// exit: 1
println(10 % 0);
