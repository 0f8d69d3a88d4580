// json.parse: every JSON value kind and the asynclang value it becomes.
import std.json;

fn show(text) {
    let v = json.parse(text);
    println(typeof(v), v);
}

// Scalars.
show("null");
show("true");
show("false");
show("0");
show("-0");
show("42");
show("-17");
show("\"hi\"");
show("\"\"");

// Ints of any size: a long while it fits, a big Int past it.
show("9223372036854775807");
show("9223372036854775808");
show("-9223372036854775808");
show("-9223372036854775809");
show("123456789012345678901234567890123456789012345678901234567890");
let big = json.parse("18446744073709551616");
println(big == 2 * 9223372036854775807 + 2, big + 1);

// Floats: a fraction or an exponent makes a Float, even when the value is whole.
show("1.0");
show("1e2");
show("1E2");
show("2.5e-3");
show("-0.0");
show("0.1");
show("1e21");
show("1.5E+300");
show("1e-400");
show("123456789.125");

// Whitespace around and between tokens; a byte order mark at the start is skipped.
show(" \t\r\n [ 1 ,\n\t2 ] \n");
show("\u{FEFF}\{\"bom\": true}");

// Arrays and objects, nested; objects keep the order of their keys.
show("[]");
show("\{}");
show("[1, \"two\", 3.0, true, null, [], \{}]");
show("\{\"z\": 1, \"a\": 2, \"m\": 3}");
let doc = json.parse("\{\"name\": \"al\", \"tags\": [\"x\", \"y\"], \"nested\": \{\"deep\": [[1], [2, [3]]]}}");
println(doc.name, doc.tags[1], doc.nested.deep[1][1][0]);
for k in doc {
    println("key", k);
}
println(doc.keys(), doc.len());

// Keys are always strings, even those that look like numbers; an empty key is a key.
let keys = json.parse("\{\"1\": \"one\", \"\": \"empty\", \"a b\": true}");
println(keys["1"], keys[""], keys["a b"], keys.get(1));

// A repeated key keeps its first place and takes the last value (as JavaScript does).
println(json.parse("\{\"a\": 1, \"b\": 2, \"a\": 3}"));

// The values are ordinary lists and maps: they can be changed.
let list = json.parse("[3, 1, 2]");
list.push(0);
println(list.sort());
