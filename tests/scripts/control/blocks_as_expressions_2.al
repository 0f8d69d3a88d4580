let v = { let a = 2; let b = 3; a * b };
println(v);
let empty = {};
println(empty);
let unit = { 1; };
println(unit);
let nested = { { { 42 } } };
println(nested);
