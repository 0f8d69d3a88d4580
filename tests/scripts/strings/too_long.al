// exit: 1
// `+` builds strings of at most 2^28 characters: past that it is an error at the `+`,
// whether the string is appended to in place or concatenated.
let s = "ab";
let doublings = 0;
let r = try { loop { s = s + s; doublings += 1; } } catch e { e.message };
println(r, "after", doublings, "doublings, length", len(s));
fn twice(x) { x + x }
twice(s);
