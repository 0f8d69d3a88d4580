// exit: 1
fn make() { }
let f = make();
f();
