// exit: 1
let n = 3;
assert(n == 3, "n is three");
assert(n == 4, "expected n to be 4, got {n}");
