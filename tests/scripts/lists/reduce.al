let xs = [1, 2, 3, 4];
println(xs.reduce(|acc, x| acc + x, 0));
println(xs.reduce(|acc, x| acc * x, 1));
println(xs.reduce(|acc, x| acc + x, 100));
println([].reduce(|acc, x| acc + x, "init"));
println(["a", "b", "c"].reduce(|acc, x| acc + x, ">"));
println(xs.reduce(|acc, x| "(" + acc + "+" + x + ")", "0"));
println([3, 9, 2].reduce(|m, x| if x > m { x } else { m }, 0));
