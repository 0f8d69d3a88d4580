fn nothing() { }
fn semi() { 1; }
println(nothing());
println(semi());
println(typeof(nothing()));
println([nil, 1]);
println({k: nil});
let b = { let z = 1; };
println(b);
println(if false { 1 });
println("val: {nil}");
println(nil == nil);
