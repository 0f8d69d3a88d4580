// exit: 1
println(1.5 / 0.0);
