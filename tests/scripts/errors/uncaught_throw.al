// exit: 1
fn validate(x) {
    if x < 0 { throw "negative input: {x}"; }
    x
}
println(validate(1));
println(validate(-2));
