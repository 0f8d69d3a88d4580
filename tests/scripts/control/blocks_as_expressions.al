let a = {
    let x = 2;
    let y = 3;
    x * y
};
println(a);
let b = { 1; 2; 3 };
println(b);
let c = { let z = 1; };
println(c);
let d = { { { "deep" } } };
println(d);
println({ let q = 4; q * q } + 1);
fn f() { { 10 } }
println(f());
