// exit: 1
println("x");
/* outer /* inner */
still inside the outer comment
println("y");
