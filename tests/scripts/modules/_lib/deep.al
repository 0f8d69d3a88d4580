println("loading deep");
fn triple(x) { x * 3 }
