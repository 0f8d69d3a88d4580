// exit: 3
println("before exit");
exit(3);
println("never printed");
