// exit: 1
let items = [3, 0];
let invert = |x| 1 / x;
println(invert(items[0]));
println(invert(items[1]));
