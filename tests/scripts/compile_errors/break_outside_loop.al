// exit: 1
println("top");
break;
