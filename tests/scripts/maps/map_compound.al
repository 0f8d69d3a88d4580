let counts = {apples: 1, pears: 0};
counts.apples += 2;
counts["pears"] += 5;
counts.apples *= 10;
println(counts);
let stats = {total: 0.0};
for v in [1, 2, 3] { stats.total += v; }
stats.total /= 4;
println(stats.total);
let words = {};
for w in ["x", "y", "x", "x"] {
    words[w] = words.get(w) || 0;
    words[w] += 1;
}
println(words);
