let i = 0;
let found = loop {
    i += 1;
    if i * i > 50 { break i; }
};
println(found);
let v = loop { break; };
println(v);
let count = 0;
loop {
    count += 1;
    if count == 4 { break; }
}
println(count);
let outer = loop {
    let inner = loop { break 10; };
    break inner + 1;
};
println(outer);
fn first_even(xs) {
    let idx = 0;
    loop {
        if idx >= xs.len() { break nil; }
        if xs[idx] % 2 == 0 { break xs[idx]; }
        idx += 1;
    }
}
println(first_even([1, 3, 6, 8]));
println(first_even([1, 3]));
