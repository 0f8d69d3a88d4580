println(len("abc"));
println(len("日本"));
println(len([1, 2, 3]));
println(len([]));
println(len({a: 1, b: 2}));
println(len(0..10));
println(len(0..=10));
println(len(""));
println(try { len(5) } catch e { typeof(e) });
