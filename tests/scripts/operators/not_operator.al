println(!true, !false);
println(!nil);
println(!0);
println(!!nil);
println(!!"x");
println(!(1 == 2));
let b = true;
println(!b && b);
println(typeof(!1));
