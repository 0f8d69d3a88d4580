// exit: 1
let x = 5;
x(1);
