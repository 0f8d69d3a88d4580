// Fuzz finding 1: a let in a finally block (emitted once per way out of the try).
try { 1 } finally { let t = 1; println("finally", t); }
fn f(x) { try { if x { return 1; } 2 } finally { let t = x; println("leaving", t); } }
println(f(true), f(false));
