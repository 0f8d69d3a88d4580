// The smallest Floats (subnormals) print in the fewest digits that read back, as JavaScript
// prints them (Java gives 5e-324 as 4.9e-324).
println(5e-324, 1e-323, -5e-324, 1.5e-323, 4e-320, 1e-310, 2.225073858507201e-308);
println(5e-324 == 4.9e-324, 1e-323 * 1e300);
