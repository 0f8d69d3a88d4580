// return, break, continue and throw may leave out the `;` when they end a block, as in Rust.
async fn first(x) { return x }
fn none() { return }
println(first(1).await, none());
let g = || { return 2 };
println(g());
for i in 0..5 {
    if i == 1 { continue }
    println(i);
    if i == 2 { break }
}
println(try { async { throw "boom" }.await } catch e { e });
let v = loop { break 7 };
println(v);
