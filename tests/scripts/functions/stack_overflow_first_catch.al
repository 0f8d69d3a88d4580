// The first catch to run is at the end of the stack: what it needs must already be initialized.
fn f(n) { try { f(n + 1) } catch e { n } }
let depth = f(0);
println(depth > 1000);
