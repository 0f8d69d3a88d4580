// exit: 1
println("a");
return 5;
