println({name: "al", n: 3});
println({list: [1, "two"], nested: {deep: nil}});
println({f: 1.0, d: 250ms, b: false});
println(str({a: "x"}));
println("map: " + {k: "v"});
println([{a: 1}, {}]);
println("{ {k: 1} }");
