fn side(tag, v) { println("eval " + tag); v }
println(nil || 5);
println(false || nil);
println(0 || 5);
println(1 && 2);
println(nil && 2);
println(false && side("x", 1));
println(true || side("y", 1));
println(true && side("z", 3));
println(false || side("w", 4));
println("" || "fallback");
println(nil || false);
let name = nil;
println(name || "anonymous");
let xs = [];
println(xs.len() > 0 && xs[0] > 1);
