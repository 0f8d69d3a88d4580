let x = 1;
let x = x + 1;
println(x);
{
    let x = "inner";
    println(x);
}
println(x);
let y;
println(y);
let x = [x, x];
println(x);
