// parse(stringify(v)) gives back an equal value; stringify(parse(t)) gives back a canonical t.
import std.json;

let values = [
    nil, true, false, 0, -1, 9223372036854775807, -9223372036854775808, 9223372036854775808,
    123456789012345678901234567890, 0.5, 2.0, -0.0, 1e21, 1e-7, 0.1, 1.7976931348623157e308, 5e-324,
    "", "text", "quote \" back \\ ctl \u{1}\n\t", "é中😀",
    [], {}, [1, [2, [3, []]]], {a: {b: {c: {}}}},
    {name: "al", list: [1, 2.5, "three", nil, true], nested: {"key with space": [{}]}},
];
for v in values {
    let compact = json.parse(json.stringify(v));
    let indented = json.parse(json.stringify(v, 3));
    println(compact == v && indented == v, typeof(compact) == typeof(v), json.stringify(v));
}

// Ints and Floats stay apart through a round trip, though 1 == 1.0.
let mixed = json.parse(json.stringify([1, 1.0, 100, 1e2]));
println(mixed, mixed.map(|x| typeof(x)));

// Canonical texts come back unchanged, key order and all.
let texts = [
    "[]",
    "\{}",
    "\{\"b\":1,\"a\":[true,false,null],\"c\":\{\"z\":\"\",\"y\":-0.5}}",
    "[1,-2,3.25,1e+21,1e-7,\"\\\"\\\\\\n\\u0001\"]",
    "\{\"é\":\"中😀\"}",
];
for t in texts {
    let again = json.stringify(json.parse(t));
    println(again == t, again);
}

// Non-canonical texts come back in the canonical form.
println(json.stringify(json.parse(" [ 1 , 2.50 , 1E2 , 0.0e0 , \"\\u0041\\/\" ] ")));
println(json.stringify(json.parse("\{\"a\": 1, \"b\": 2, \"a\": 3}")));
