fn forever(n) { forever(n + 1) }
let r = try { forever(0) } catch e { "caught: " + e.message };
println(r);
