// exit: 1
let xs = [1, 2];
let ys = xs.map(|x| x * factor);
