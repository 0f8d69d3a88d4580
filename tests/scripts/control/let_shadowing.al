let x = 1;
println(x);
let x = x + 1;
println(x);
let x = "now a string";
println(x);
let x = [x, x];
println(x);
let n = 5;
{
    let n = n * 2;
    println(n);
}
println(n);
fn f(v) {
    let v = v + 100;
    v
}
println(f(1));
let s = "5";
let s = s.parse_int();
println(s + 1);
