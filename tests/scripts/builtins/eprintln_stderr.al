println("to stdout");
eprintln("to stderr");
eprintln("multiple", 1, [2, "three"]);
println("stdout again");
eprintln();
eprintln("done");
