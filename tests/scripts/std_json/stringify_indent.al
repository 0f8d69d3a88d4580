// json.stringify(v, indent): one element per line, indented; [] and {} when empty.
import std.json;

let v = {
    name: "al",
    n: 3,
    ratio: 0.5,
    tags: ["x", "y"],
    empty_list: [],
    empty_map: {},
    nested: {list: [1, [2, []], {k: nil}], flag: true},
};
println(json.stringify(v, 2));
println(json.stringify(v, 4));
println(json.stringify([[1, 2], [], [{}]], 1));

// Scalars and empty collections are the same with or without an indent.
println(json.stringify(5, 2), json.stringify("s", 2), json.stringify(nil, 2));
println(json.stringify([], 2), json.stringify({}, 2));

// 0 is compact, as without an indent (as in JavaScript).
println(json.stringify(v, 0));
println(json.stringify(v, 0) == json.stringify(v));
