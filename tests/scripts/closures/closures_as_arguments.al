fn apply_all(xs, f) {
    let out = [];
    for x in xs { out.push(f(x)); }
    out
}
println(apply_all([1, 2, 3], |x| x * x));
let offset = 100;
println(apply_all([1, 2], |x| x + offset));
fn retry(times, f) {
    let attempt = 0;
    loop {
        attempt += 1;
        let ok = f(attempt);
        if ok || attempt >= times { break attempt; }
    }
}
println(retry(5, |n| n == 3));
println(retry(2, |n| false));
let log = [];
[3, 1, 2].map(|v| log.push(v));
println(log);
