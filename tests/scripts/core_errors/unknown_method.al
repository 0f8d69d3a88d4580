let l = [1, 2];
l.shuffle();
