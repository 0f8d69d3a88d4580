// 100,000 levels of nesting: parsed and written without recursion, or refused with a clear error.
import std.json;

let n = 100000;
let parts = [];
for i in 0..n { parts.push("["); }
let opening = parts.join("");
for i in 0..n { parts.push("]"); }
let text = parts.join("");

// Parsing: a value as deep as the text.
let v = json.parse(text);
let depth = 1;
let cur = v;
while len(cur) > 0 {
    cur = cur[0];
    depth += 1;
}
println("parsed depth", depth);

// Writing it back, compact: the same text.
let back = json.stringify(v);
println("compact", len(back), back == text);

// Indented, the text would be 2 * 2 * (1 + 2 + ... + 100000) spaces: refused, not attempted.
println(try { json.stringify(v, 2) } catch e { e.message });

// A deep text that ends early is an error at its end.
println(try { json.parse(opening) } catch e { e.message });
println(try { json.parse(opening + "1" + "]") } catch e { e.message });

// Deep objects too.
let objects = [];
for i in 0..n { objects.push("\{\"k\":"); }
objects.push("null");
for i in 0..n { objects.push("}"); }
let object_text = objects.join("");
let o = json.parse(object_text);
let od = 0;
let oc = o;
while oc != nil {
    oc = oc.k;
    od += 1;
}
println("object depth", od);
println("object compact", json.stringify(o) == object_text);

// A deep list built by the script.
let built = [];
let c = built;
for i in 0..n {
    let next = [i];
    c.push(next);
    c = next;
}
let s = json.stringify(built);
println("built", len(s), json.parse(s) == built);
