let values = [nil, true, 1, 1.5, "s", 1s, [], {}, 0..1, typeof];
println(values.map(|v| typeof(v)));
println(typeof(typeof));
println(typeof(args()));
println(typeof(str));
