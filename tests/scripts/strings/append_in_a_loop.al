// `s = s + part` and `s += part` on a local string build it in place (no copy per step);
// every read of the local is an ordinary string, so nothing sees it change afterwards.
let s = "";
for i in 0..200000 { s = s + "ab"; }
println(len(s), s.starts_with("abab"), s.ends_with("ab"));

let t = "start:";
for i in 0..300 { t += "xy"; }
let snapshot = t;
t += "!";
println(len(snapshot), len(t), snapshot.ends_with("xy"), t.ends_with("xy!"));

let d = "ab";
for i in 0..10 { d = d + d; }
println(len(d));

let mixed = "";
for i in 0..300 { mixed += i % 10; }
println(len(mixed), mixed.starts_with("0123456789"));

let n = "text";
n = 40;
n += 2;
println(n, typeof(n));

async fn build(k) {
    let out = "";
    for i in 0..k {
        out += "{i},";
        if i % 100 == 0 { yield_now().await; }
    }
    out
}
let built = build(500).await;
println(len(built), built.starts_with("0,1,2,"), built.ends_with("499,"));

let seen = [];
let acc = "";
for i in 0..400 { acc += "z"; if i % 200 == 199 { seen.push(len(acc)); } }
println(seen, typeof(acc));

// `s = "{s}..."` appends the rest of the interpolation the same way.
let line = "";
for i in 0..200000 { line = "{line}{i % 10}"; }
println(len(line), line.starts_with("0123456789"), line.ends_with("789"));
let kept = "";
let grown = "a";
for i in 0..3 { grown = "{grown}b"; kept = grown; }
grown = "{grown}c";
println(kept, grown);
let num = 5;
num = "{num}ab";
let none = nil;
none = "{none}!";
let items = [1, "a"];
items = "{items}x";
println(num, typeof(num), none, items);

// Past Latin-1 in the middle of a long build: the text so far is kept, positions stay right.
let wide = "";
for i in 0..300 { wide += "é"; }
wide += "漢";
for i in 0..300 { wide += "z😀"; }
println(len(wide), wide[299], wide[300], wide[301], wide[302], wide[899..901], wide.starts_with("éé"));
