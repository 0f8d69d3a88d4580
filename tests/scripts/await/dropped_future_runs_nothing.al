// A future that is stored and dropped without being polled runs nothing.
// These are not expression statements, so there is no warning either.
async fn side_effect() {
    println("SHOULD NOT PRINT");
}
fn make() {
    let f = side_effect();
    "made"
}
println(make());
let g = side_effect();
g = nil;
let list = [side_effect(), side_effect()];
println("done", len(list));
