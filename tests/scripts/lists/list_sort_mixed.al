println([3.5, 1, 2.25, -1].sort());
println(["pear", "apple", "fig"].sort());
println([[2, 1], [1, 5], [1, 2]].sort());
println([5, 3, 9].sort(|a, b| b - a));
