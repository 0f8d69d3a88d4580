fn inner() { throw "original"; }
fn middle() {
    try { inner() } catch e {
        println("middle saw", e);
        throw e;
    }
}
fn outer() {
    try { middle() } catch e { "outer got " + e }
}
println(outer());
let r = try {
    try { 1 / 0 } catch e { throw e; }
} catch e2 {
    typeof(e2) + ": " + e2.message
};
println(r);
let wrapped = try {
    try { throw "low"; } catch e { throw {cause: e, level: 2}; }
} catch e { e };
println(wrapped);
