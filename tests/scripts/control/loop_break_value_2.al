let n = 0;
let found = loop {
    n += 1;
    if n * n > 50 { break n; }
};
println(found);
let plain = loop { break; };
println(plain);
