// exit: 1
println("ok \u{41}");
println("bad \u{ZZ}");
