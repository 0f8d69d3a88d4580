let e = try { 1 / 0 } catch err { err };
println(typeof(e));
println(e.message);
println(str(e));
println(e.message == "division by zero");
let e2 = try { [1, 2, 3][5] } catch err { err };
println(typeof(e2), e2.message);
let e3 = try { {a: 1}.b } catch err { err };
println(e3.message);
fn add(a, b) { a + b }
let e4 = try { add(1, 2, 3) } catch err { err };
println(e4.message);
let e5 = try { assert(false, "nope") } catch err { err };
println(typeof(e5));
let e6 = try { "abc".parse_int() } catch err { err };
println(typeof(e6));
let e7 = try { 5() } catch err { typeof(err) };
println(e7);
