let m = try { throw {code: 404, reason: "not found"}; } catch e { e };
println(typeof(m), m.code, m.reason);
println(m);
let i = try { throw 42; } catch e { e };
println(typeof(i), i + 1);
let l = try { throw [1, 2]; } catch e { e };
println(typeof(l), l);
let n = try { throw nil; } catch e { e };
println(typeof(n), n);
let b = try { throw false; } catch e { e };
println(b);
let f = try { throw |x| x * 3; } catch e { e };
println(f(5));
let s = try { throw "text"; } catch e { e };
println(typeof(s), s);
fn fail_with(v) { throw v; }
println(try { fail_with(1.5) } catch e { e * 2 });
