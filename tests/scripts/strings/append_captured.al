// A string variable that closures capture and assign is built in place too (each append
// linear), and every reader, in any function, sees the string so far and only that.
fn rep(x, n) { let r = ""; for i in 0..n { r += x; } r }

// A closure appends to the variable it captures; the outer function reads it between.
let log = "";
let add = |line| { log = log + line + "\n"; };
for i in 0..100000 { add("line " + str(i % 10)); }
println(len(log), log.starts_with("line 0\nline 1\n"), log.ends_with("line 9\n"));

// The declaring function appends while a closure reads.
let s = "";
let size = || len(s);
let first = || s[0..3];
for i in 0..100000 { s += "ab"; }
println(size(), first(), len(s));

// A value read before an append keeps what it was: strings do not change.
let t = rep("t", 300);
let bump = || { t += "!"; };
let before = t;
bump();
bump();
println(len(before), len(t), t.ends_with("t!!"));

// Parts that run code (calls, awaits) are plain sums: a call that appends to the same
// variable meanwhile does not leak into the sum's result.
let u = "";
u += rep("u", 300);
let grow = || { u = u + "X"; "y" };
u += "v";
u = u + grow();
println(len(u), u.ends_with("uvy"));

// An async block that captures the variable appends to it across awaits.
let text = rep("a", 300);
let task = spawn(async {
    for i in 0..3 {
        text += "{i}";
        yield_now().await;
    }
    len(text)
});
println(task.await, text.ends_with("a012"));

// Captured and read by a map built from it, a list, an interpolation.
let parts = [s[0..2], "{len(log)}"];
println(parts, {n: len(t)});
