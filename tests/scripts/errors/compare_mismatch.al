// exit: 1
let xs = [3, "two", 1];
xs.sort();
