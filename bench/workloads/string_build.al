// Build a string by N appends of "ab" (s = s + "ab"); print its length. Default 1,000,000.
let a = args();
let n = if len(a) > 0 { int(a[0]) } else { 1000000 };
let s = "";
for i in 0..n {
    s = s + "ab";
}
println(len(s));
