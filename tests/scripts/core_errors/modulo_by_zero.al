println(10 % 0);
