// json.stringify: every value kind, compact.
import std.json;

println(json.stringify(nil));
println(json.stringify(true), json.stringify(false));
println(json.stringify(0), json.stringify(-42), json.stringify(9223372036854775807));
println(json.stringify(9223372036854775807 + 1), json.stringify(-9223372036854775807 - 2));
let p = 1;
for i in 0..100 { p = p * 2; }
println(json.stringify(p), json.stringify(-p));

// Floats keep the language's string form.
println(json.stringify([2.0, 0.1, 1.5, -0.0, 0.0, 1e21, 1e-7, 1e20, 123456789.125, 1 / 3]));

// Strings: quotes, backslashes and control characters escaped; the rest as it is.
println(json.stringify("plain"));
println(json.stringify(""));
println(json.stringify("quote \" backslash \\ slash /"));
println(json.stringify("tab\tnewline\ncarriage\rnul\u{0}bell\u{7}backspace\u{8}formfeed\u{c}esc\u{1b}unit\u{1f}"));
println(json.stringify("héllo wörld, 中文, 😀, \u{7f}"));

// Lists and maps, nested and empty; map keys in insertion order.
println(json.stringify([]));
println(json.stringify({}));
println(json.stringify([1, "a", nil, [true, [false]], {}]));
println(json.stringify({name: "al", n: 3, nested: {list: [1, 2], empty: []}}));
let m = {z: 1, a: 2};
m.m = 3;
m.remove("z");
m.z = 4;
println(json.stringify(m));
println(json.stringify({"key \"quoted\"": 1, "new\nline": 2, "": 3, "é": 4}));

// A value reachable twice (not inside itself) is written twice.
let shared = [1, 2];
println(json.stringify({a: shared, b: [shared, shared]}));

// The result is a string.
println(typeof(json.stringify([1])), len(json.stringify([1, 2])));
