println("ok");
exit(0);
println("no");
