// flags: --explain
// The main task waits at an import (the module's top level runs) and at the script's
// async fn main, neither written with .await: the states say so.
import std.fs;
async fn main() {
    println(fs.exists("nope").await);
    println("done");
}
