// exit: 1
fn f() { 1 }
fn f() { 2 }
