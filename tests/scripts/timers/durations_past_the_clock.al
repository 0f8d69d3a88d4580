// A Duration past about 292 years (the clock's range) is the longest one there is, "never":
// literals and arithmetic saturate instead of failing, and such a sleep stays pending.
println(10000000000s == 20000000000s, 9000000000s * 2 == 10000000000s, 1s * 1e300 == 10000000000s);
println(-(9000000000s * 2) < 0s, 10000000000s > 9000000000s, 5s * 0.5);
println(select(sleep(10000000000s), sleep(10ms)).await.index);
let d = 9000000000s;
println(select(sleep(d * 2), sleep(d + d), sleep(20ms)).await.index);
println(try { timeout(10000000000s, sleep(5ms)).await } catch e { e.message });
