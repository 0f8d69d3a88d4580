fn f(n) { f(n + 1) }
let r = try { f(0) } catch e { e };
println(typeof(r), r.message);
fn depth(n) { 1 + depth(n + 1) }
println(try { depth(0) } catch e { "caught " + str(e) });
println("still alive");
fn fine(n) { if n == 0 { 0 } else { fine(n - 1) } }
println(fine(100));
