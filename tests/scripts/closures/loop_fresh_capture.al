let fs = [];
for i in 0..3 {
    fs.push(|| i);
}
for f in fs { print(f(), ""); }
println();
let gs = [];
for v in ["a", "b"] {
    let local = v + "!";
    gs.push(|| local);
}
println(gs[0](), gs[1]());
let hs = [];
let j = 0;
while j < 3 {
    let k = j * 10;
    hs.push(|| k);
    j += 1;
}
println(hs.map(|h| h()));
let shared = [];
let outer = 0;
for i in 0..3 {
    shared.push(|| outer);
    outer += 1;
}
println(shared.map(|h| h()));
// A loop variable assigned after a closure captured it: each iteration has its own cell.
let cells = [];
for i in 0..3 {
    cells.push(|| i);
    i = i * 10 + 1;
}
println(cells.map(|h| h()));
// Loop variables in an async body keep their values across awaits.
async fn walk(items) {
    let out = [];
    for x in items {
        yield_now().await;
        out.push(x);
    }
    for i in 0..2 {
        sleep(1ms).await;
        out.push(i);
    }
    out
}
println(walk(["p", "q"]).await);
