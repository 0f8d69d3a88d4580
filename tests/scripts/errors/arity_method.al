// exit: 1
let l = [1];
l.push();
