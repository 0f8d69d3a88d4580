// exit: 1
fn total(xs) {
    let t = 0;
    for x in xs { t += x; }
    t
}
println(total([1, 2]));
println(total(5));
