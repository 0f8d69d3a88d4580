// exit: 1
let x = 1;
println("runs?");
cout("hi");
