// exit: 1
fn parse_all(strs) {
    strs.map(|s| s.parse_int())
}
println(parse_all(["1", "2"]));
println(parse_all(["3", "x"]));
