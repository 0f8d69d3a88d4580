println("a" + "b", "n=" + 1, 1 + "x", "f=" + 2.0, "l=" + [1, 2], "nil=" + nil, "d=" + 1s);
let s = "x";
s += "y";
s += 3;
println(s);
