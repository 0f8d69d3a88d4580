let id = 7;
let elapsed = 1.5s;
println("task {id} took {elapsed}");
let m = {"key": "value", n: [1, 2]};
println("{m["key"]} and {m.n[1]} and {len(m)}");
println("math: {1 + 2 * 3}, nested: {"inner {id + 1}"}");
println("call: {[1, 2, 3].map(|x| x * 2)}");
println("literal \{braces\} and } alone");
