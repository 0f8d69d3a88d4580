// A captured variable that never changes is captured by value; one that is assigned, or that a
// function may take before it has its value, is shared. Both behave as shared variables would.

// Each iteration's variable: three closures, three values.
let fs = [];
for i in 0..3 { fs.push(|| i * 10); }
println(fs.map(|f| f()));

fn outer() {
    // A fn declaration is made when its block is entered, before the let below has run.
    fn show() { x }
    let x = 1;
    let get = || x;
    // Assigned after the closure is made: the closure sees the change.
    let y = 5;
    let add = |d| { y += d; y };
    add(2);
    y = y * 10;
    // A closure made above the let it uses.
    let early = || z;
    let z = 9;
    [show(), get(), add(1), y, early()]
}
println(outer());

// Spawned tasks capturing the loop variable and a parameter.
async fn work(n) {
    let t = [];
    for k in 0..n { t.push(spawn(async { yield_now().await; k + n })); }
    let s = 0;
    for h in t { s += h.await; }
    s
}
println(work(4).await);

// A closure made before its let has run still fails as before.
fn too_soon() {
    let f = || w;
    let r = try { f() } catch e { e.message };
    let w = 1;
    r
}
println(too_soon());
