println("to stdout");
eprintln("to stderr", 42);
println("stdout again");
