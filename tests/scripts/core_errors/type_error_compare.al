println(1 < "a");
