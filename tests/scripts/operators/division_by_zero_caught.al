let r = try { 1 / 0 } catch e { "caught: " + e.message };
println(r);
println(try { 1.5 / 0 } catch e { str(e) });
println(try { 10 % 0 } catch e { e.message });
println(try { 1 / 0.0 } catch e { typeof(e) });
println(try { div(5, 0) } catch e { e.message });
println("still running");
