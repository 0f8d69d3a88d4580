// exit: 1
// The error is raised inside mean(); the trace names the call
// site on line 11 (two digits) while the report shows line 8.
fn mean(xs) {
    let total = 0;
    for x in xs {
        total += x;
    }
    total / xs.len()
}
println(mean([1, 2, 3, 4]));
println(mean([]));
