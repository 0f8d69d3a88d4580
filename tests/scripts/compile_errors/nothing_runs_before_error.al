// exit: 1
println("this line must not print");
let ok = 1;
fn f() {
    ok + 
}
println("nor this one");
