fn named(x) { x }
println(typeof(named));
println(typeof(|| 1));
println(typeof(len));
let anon = || "no params";
println(anon());
let one = |a| a;
println(one("x"));
let blk = |a, b| {
    let c = a + b;
    c * 2
};
println(blk(1, 2));
