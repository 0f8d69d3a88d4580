// How numbers and durations turn into text and back: floats in their shortest round-trip
// digits, plain from 1e-6 up to 1e21 and with an exponent outside; int() of a float truncates.
let floats = [0.1, 2.0, -3.5, 1e-6, 9.9e-7, 1.5e-5, 0.00123, 1e7, 123456789.0, 2.5e15, 4.35e17,
              9.999999999999999e20, 1e21, -1.25e-300, 1.7976931348623157e308, 5e-324, 100.0, 1234567.125];
for f in floats {
    println(f);
}
println("interpolated {0.000015} and {12345678.9}");
println([int(2.9), int(-2.9), int(1e18), int(9.3e18), int(-9.3e18), int(1.5e300 / 1e280)]);
println([float("1_000.5"), float("  -2e3 "), float(".5"), float("7."), "42".parse_int(), int(" -17 "), int("123456789012345678901")]);
println([1s, 250ms, 1.5s, 2.05ms, 1.001us, 0.5ns, 1.5ns, 2.5ns, 1.5h, 0.25m, 1_000us, 3.0000015s]);
println([1e3ms, 2.5e-3s, 0.1234567891s, 1e30s]);
println(1500ms + 1ns);
// "_" separates digits in text between two digits only (Python's rule for int("1_000")).
for s in ["1_000", "-1_0", "1_0.5", "_1", "1_", "1__0", "+_1", "1_.5"] {
    println(s, try { int(s) } catch e { e.message }, try { float(s) } catch e { e.message });
}
