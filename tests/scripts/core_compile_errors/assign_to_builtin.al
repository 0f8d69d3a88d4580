println = 5;
