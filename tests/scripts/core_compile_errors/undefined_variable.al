let x = 1;
println("runs?");
cout("hi");
