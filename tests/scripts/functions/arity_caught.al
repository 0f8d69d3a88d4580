fn add(a, b) { a + b }
println(try { add(1) } catch e { e.message });
println(try { add(1, 2, 3) } catch e { e.message });
println(try { add() } catch e { e.message });
let f = |x| x;
println(try { f(1, 2) } catch e { typeof(e) });
fn none() { 0 }
println(try { none(1) } catch e { e.message });
println(add(1, 2));
let sq = |x| x * x;
println(try { sq(1, 2) } catch e { e.message });
println(try { len("a", "b") } catch e { e.message });
