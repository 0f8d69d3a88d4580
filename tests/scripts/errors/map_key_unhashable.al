// exit: 1
let m = {};
m[[1, 2]] = 3;
