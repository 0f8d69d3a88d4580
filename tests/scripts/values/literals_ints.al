// Integer literal forms.
println(42, 1_000_000, 0xff, 0xFF, 0b1010, 0o17, 0);
println(-5, - 5, --5);
println(typeof(42), typeof(0xff));
