// exit: 1
let x = 1 < 2 < 3;
