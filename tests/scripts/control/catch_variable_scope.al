let e = "outer e";
let r = try { throw "thrown"; } catch e { e };
println(r);
println(e);
try { throw 1; } catch err {
    let err = err + 1;
    println(err);
}
let results = [];
for i in 0..3 {
    let v = try { if i == 1 { throw "bad " + i; } i } catch x { x };
    results.push(v);
}
println(results);
