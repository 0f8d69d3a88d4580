// exit: 7
fn quit(code) {
    println("quitting with", code);
    exit(code);
    println("not reached");
}
for i in 0..10 {
    if i == 2 { quit(7); }
    println("i =", i);
}
