println("top level runs first");
let config = "configured";
fn main() {
    println("main runs after the top level:", config);
}
