println(3.14, 1e9, 2.5e-3, 1.0, 0.5, 1e21, 1e-7, 100.0);
println(typeof(3.14), 1.5e3, 2E2);
println(0.1 + 0.2, 1.0 / 3.0);
