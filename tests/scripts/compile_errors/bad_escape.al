// exit: 1
println("bad \q escape");
