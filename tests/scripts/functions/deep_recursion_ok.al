fn count(n) { if n == 0 { 0 } else { 1 + count(n - 1) } }
println(count(5000));
fn build(n, acc) { if n == 0 { acc } else { acc.push(n); build(n - 1, acc) } }
println(build(3000, []).len());
