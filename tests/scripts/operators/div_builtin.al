println(div(7, 2));
println(div(-7, 2));
println(div(7, -2));
println(div(-7, -2));
println(div(6, 3));
println(typeof(div(7, 2)));
println(div(0, 3));
println(div(9223372036854775807 * 4, 4));
println(div(7.5, 2));
