// A catch right after a stack overflow still has room to run code it has not run before.
fn pairs(n) { let m = {}; m["k"] = [n, 1.5, "s"]; m }
fn f(n) { try { f(n + 1) } catch e { [n].map(|x| x * 2); pairs(n); n } }
let d = f(0);
println(d > 1000);
