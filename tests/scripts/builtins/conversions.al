println(int(3.9), int(-3.9), int("42"), int(true), int(7));
println(float(2), float("2.5"), float(1.5), float(false));
println(str(1), str(2.0), str([1, "a"]), str(nil), str("s"), str(1s));
println(typeof(int("5")), typeof(float(5)), typeof(str(5)));
