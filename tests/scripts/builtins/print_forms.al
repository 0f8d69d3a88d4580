print("no newline");
print(" ", 1, 2);
println();
println(1, "two", 3.0, nil, true, [1, "two", nil], {name: "al", n: 3});
println({nested: {list: [1, {x: "y"}]}, "two words": 1});
println([], {}, [[]], [{}]);
println(1e21, 1e20, 123456789.0, 0.000001, 1e-7, -0.0);
