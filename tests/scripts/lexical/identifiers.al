let _x = 1;
let snake_case_2 = 2;
let CamelCase = 3;
let letter = 4;      // starts with the keyword `let`
let iffy = 5;        // starts with `if`
let fn_name = 6;
let nil_ = 7;
let trueish = 8;
println(_x, snake_case_2, CamelCase, letter, iffy, fn_name, nil_, trueish);
let format = "f";
let asyncish = "a";
let awaiting = "w";
let x1y2 = "d";
println(format, asyncish, awaiting, x1y2);
let a = 1; let A = 2;
println(a, A);
for index in 0..2 { print(index, ""); }
println();
let tryhard = 1; let import_x = 2; let as_ = 3; let loops = 4; let elsewhere = 5; let infinity = 6;
println(tryhard, import_x, as_, loops, elsewhere, infinity);
let ms = 3; let s = 4;
println(ms * s, 2 * ms);
