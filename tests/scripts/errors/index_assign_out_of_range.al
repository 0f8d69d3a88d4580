// exit: 1
let xs = [];
xs[0] = 1;
