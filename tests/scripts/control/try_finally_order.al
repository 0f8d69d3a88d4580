fn f() {
    try {
        println("body");
        return "returned";
    } finally {
        println("finally runs before the return completes");
    }
}
println(f());
for i in 0..3 {
    try {
        if i == 1 { continue; }
        if i == 2 { break; }
        println("iteration", i);
    } finally {
        println("finally", i);
    }
}
let r = try { try { throw "inner"; } finally { println("inner finally"); } } catch e { "outer caught " + e };
println(r);
