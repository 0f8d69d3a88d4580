println([1, 2, 3].join(", "));
println(["a", "b"].join(""));
println([].join("-"));
println(["solo"].join("-"));
println([1.5, nil, true].join("|"));
println(["x", "y"].join(" and "));
println(typeof([1].join(",")));
