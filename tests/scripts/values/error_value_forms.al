let e = try { [1].foo() } catch x { x };
println(typeof(e));
println(e.message);
println(str(e));
println("in string: {e}");
println(e.message.len() > 0);
let e2 = try { throw "plain"; } catch x { x };
println(typeof(e2), e2);
