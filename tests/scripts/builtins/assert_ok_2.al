assert(true);
assert(1 == 1, "math works");
assert([1]);
println(try { assert(false) } catch e { e.message });
println(try { assert(1 > 2, "one is not greater") } catch e { e.message });
