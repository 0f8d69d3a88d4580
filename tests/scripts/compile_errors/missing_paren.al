// exit: 1
println((1 + 2);
