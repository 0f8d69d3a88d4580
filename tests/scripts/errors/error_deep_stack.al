// exit: 1
fn a(x) { b(x) }
fn b(x) { c(x) }
fn c(x) { x.missing }
a({present: 1});
