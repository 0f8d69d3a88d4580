println(true && false, true || false, !true, !nil, !0);
println(nil || 5, false || nil, 1 && 2, nil && boom(), "x" || boom());
fn boom() { throw "evaluated!"; }
let calls = 0;
fn count() { calls += 1; true }
false && count();
true || count();
println("calls:", calls);
