// exit: 1
1 = 2;
