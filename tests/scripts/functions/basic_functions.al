fn add(a, b) { a + b }
fn greet(name) { "hello, " + name }
fn no_params() { 42 }
fn with_stmts(x) {
    let doubled = x * 2;
    let tripled = x * 3;
    doubled + tripled
}
println(add(2, 3));
println(add("a", "b"));
println(greet("al"));
println(no_params());
println(with_stmts(4));
println(add(add(1, 2), add(3, 4)));
fn side_effect() { println("called"); }
let r = side_effect();
println(r);
