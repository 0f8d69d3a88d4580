// exit: 1
let name = "al";
println("hello {name");
