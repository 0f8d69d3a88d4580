// exit: 1
let total = [1] + 2;
