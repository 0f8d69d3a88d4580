// exit: 1
let l = [1, 2];
l.shuffle();
