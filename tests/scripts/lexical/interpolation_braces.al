println("a } b");
println("\{not interpolated}");
println("}}");
let x = 5;
println("\{x} = {x}");
println("{x}}");
println("{ x }");
println("json: \{\"a\": {x}}");
println("{x * 2} \{x * 2}");
