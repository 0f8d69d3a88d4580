// `s[i]`, `s[a..b]` and `len(s)` count code points. A loop over every position of a long
// string stays linear (each use once converted the whole string), and positions stay right
// when the string has characters outside the BMP (two UTF-16 units each) or no Latin-1 ones.
let s = "";
for i in 0..200000 { s += "ab"; }
let a = 0;
let i = 0;
while i < len(s) {
    if s[i] == "a" { a += 1; }
    i += 1;
}
println(a, len(s[1000..1006]), s[399998..400000]);

let small = "a😀b";
println(len(small), small[0], small[1], small[2], small[1..3], small.len());

let emoji = "";
for k in 0..20 { emoji += "x😀"; }
println(len(emoji), emoji.len(), emoji[1], emoji[38], emoji[39], emoji[37..40]);
let seen = "";
for k in 0..len(emoji) { if k % 2 == 1 { seen += emoji[k]; } }
println(len(seen), seen == emoji.replace("x", ""));

let han = "";
for k in 0..40 { han += "漢"; }
han += "!";
println(len(han), han[40], han[0..2], han[38..41]);

println(try { emoji[40] } catch e { e.message });
println(try { small[1..4] } catch e { e.message });
