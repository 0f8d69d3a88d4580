// exit: 1
let m = {a: 1};
m.b();
