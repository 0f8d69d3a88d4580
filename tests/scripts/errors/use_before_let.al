// exit: 1
fn show() { println(later); }
show();
let later = 1;
