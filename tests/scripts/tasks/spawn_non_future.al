// flags: --virtual-time
println(try { spawn(42) } catch e { e.message });
println(try { join(1, 2) } catch e { e.message });
