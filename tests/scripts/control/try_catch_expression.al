let r = try { 1 + 1 } catch e { 0 };
println(r);
let r2 = try { throw "boom"; 5 } catch e { "caught " + e };
println(r2);
fn risky(x) {
    if x > 2 { throw "too big: " + x; }
    x * 10
}
println(try { risky(1) } catch e { -1 });
println(try { risky(5) } catch e { e });
let v = try { risky(3) } catch e { e } finally { println("finally runs"); };
println(v);
let z = try { 1 } catch e { 2 } finally { 3 };
println(z);
let total = 10 + try { risky(9) } catch e { 5 };
println(total);
let msg = try { risky(2) } catch e { "no" };
println(msg);
