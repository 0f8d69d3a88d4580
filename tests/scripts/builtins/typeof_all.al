fn f() {}
async fn af() {}
println(typeof(nil), typeof(true), typeof(1), typeof(1.5), typeof("s"));
println(typeof(1s), typeof([]), typeof({}), typeof(0..1), typeof(f), typeof(|x| x));
println(typeof(af), typeof(af()), typeof(async { 1 }), typeof(println));
println(typeof(try { throw "x"; } catch e { e }), typeof(try { nil.x } catch e { e }));
