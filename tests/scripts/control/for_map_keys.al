let m = {zeta: 1, alpha: 2, "mid dle": 3};
for k in m { println(k, m[k]); }
m.beta = 4;
let keys = [];
for k in m { keys.push(k); }
println(keys);
let total = 0;
for k in m { total += m[k]; }
println(total);
for k in {} { println("never"); }
let counts = {};
for w in "a b a c b a".split(" ") {
    if counts.has(w) { counts[w] += 1; } else { counts[w] = 1; }
}
for k in counts { println(k + "=" + counts[k]); }
