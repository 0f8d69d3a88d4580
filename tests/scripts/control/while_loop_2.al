let i = 0;
let total = 0;
while i < 10 {
    i += 1;
    if i % 2 == 0 { continue; }
    if i > 7 { break; }
    total += i;
}
println(i, total);
let r = while false {};
println(r);
