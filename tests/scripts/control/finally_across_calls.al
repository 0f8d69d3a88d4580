fn inner() {
    try {
        throw "x";
    } finally {
        println("inner finally");
    }
}
fn outer() {
    try {
        inner();
        println("not reached");
    } catch e {
        println("outer catch", e);
    } finally {
        println("outer finally");
    }
}
outer();
fn runtime_err() {
    try { [1][3] } finally { println("finally after runtime error"); }
}
println(try { runtime_err() } catch e { e.message });
let v = try { 5 } finally { println("finally with value"); };
println(v);
fn through_map() {
    [1, 2].map(|x| {
        try { if x == 2 { throw "in callback"; } x } finally { println("callback finally", x); }
    })
}
println(try { through_map() } catch e { "caught " + e });
