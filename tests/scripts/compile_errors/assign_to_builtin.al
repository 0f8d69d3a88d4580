// exit: 1
println = 5;
