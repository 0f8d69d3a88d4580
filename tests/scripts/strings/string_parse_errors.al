println(try { "abc".parse_int() } catch e { e.message });
println(try { "1.5".parse_int() } catch e { e.message });
println(try { int("x") } catch e { e.message });
