// A string key spelled like a keyword prints quoted, so that it is not taken for the value
// nil, true or false (or a keyword): {"nil": 1} and {nil: 1} are different maps.
let m = {"nil": 1, "true": 2, "if": 5, name: "al"};
m[nil] = 3;
m[true] = 4;
println(m);
println(len(m), m["nil"], m[nil]);
