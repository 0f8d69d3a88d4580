// exit: 1
println("about to throw");
throw 42;
