// exit: 1
let items = [1, 2];
assert(len(items) == 2, "two items");
println("first assert passed");
assert(len(items) == 3, "expected three items");
println("not reached");
