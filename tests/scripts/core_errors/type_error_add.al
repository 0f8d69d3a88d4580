let total = [1] + 2;
