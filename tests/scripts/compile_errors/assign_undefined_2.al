// exit: 1
undeclared = 5;
