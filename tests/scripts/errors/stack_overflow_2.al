// exit: 1
fn forever(n) { forever(n + 1) }
forever(0);
