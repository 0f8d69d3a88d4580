let l = [1, 2, 3];
for x in l {
    if x < 3 { l.push(x * 10); }
}
println(l);
