// exit: 1
println("a" + nil);
let total = 1 + nil;
