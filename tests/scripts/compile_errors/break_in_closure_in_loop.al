// exit: 1
for i in 0..3 {
    let f = || { break; };
    f();
}
