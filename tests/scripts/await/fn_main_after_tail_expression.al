// The top level ends in an expression without a semicolon, then main runs (its value is the program's).
println("top level");
fn main() {
    println("main runs");
}
1 + 1
