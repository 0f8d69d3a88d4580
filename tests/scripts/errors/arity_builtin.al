// exit: 1
println(len("a", "b"));
