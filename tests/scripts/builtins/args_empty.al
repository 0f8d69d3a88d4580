println(args());
println(len(args()));
