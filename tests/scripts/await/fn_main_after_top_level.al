// A plain `fn main` is called once the top level has finished.
println("top level 1");
fn main() {
    println("main runs");
}
println("top level 2");
