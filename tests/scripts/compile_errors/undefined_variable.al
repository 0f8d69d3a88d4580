// exit: 1
let count = 1;
println(count);
println(cout);
