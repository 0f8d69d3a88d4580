// exit: 3
println("before exit");
print("unterminated line is flushed");
exit(3);
println("never printed");
