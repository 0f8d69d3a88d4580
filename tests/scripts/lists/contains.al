let xs = [1, "two", [3], {k: 4}, nil];
println(xs.contains(1));
println(xs.contains(1.0));
println(xs.contains("two"));
println(xs.contains("three"));
println(xs.contains([3]));
println(xs.contains({k: 4}));
println(xs.contains(nil));
println([].contains(nil));
