let i = 0;
let sum = 0;
while i < 5 {
    sum += i;
    i += 1;
}
println(i, sum);
let n = 27;
let steps = 0;
while n != 1 {
    if n % 2 == 0 { n = n / 2; } else { n = 3 * n + 1; }
    steps += 1;
}
println(steps);
let w = while false { };
println(w);
let k = 0;
while true {
    k += 1;
    if k == 3 { continue; }
    if k > 5 { break; }
    print(k, "");
}
println();
