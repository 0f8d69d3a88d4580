fn early(x) {
    if x < 0 { return 0; }
    x
}
println(early(-5), early(5));
fn abs(x) { if x < 0 { return -x; } return x; }
println(abs(-3), abs(3));
fn check(xs) {
    for x in xs {
        if x == nil { return "has nil"; }
    }
    "no nil"
}
println(check([1, nil, 2]));
println(check([1, 2]));
fn unit() { return; }
println(unit());
fn ret_in_block() {
    let v = {
        if true { return "from block"; }
        1
    };
    "not reached"
}
println(ret_in_block());
