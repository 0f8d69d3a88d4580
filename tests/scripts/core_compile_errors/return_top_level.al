println("a");
return 5;
