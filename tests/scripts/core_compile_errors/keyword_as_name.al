let while = 3;
