// exit: 1
let while = 3;
