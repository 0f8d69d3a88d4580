let x = "outer";
{
    let x = "inner";
    println(x);
    let only_inner = 1;
    println(only_inner);
}
println(x);
let y = 1;
{
    y = 2;
}
println(y);
if true {
    let x = "in if";
    println(x);
}
println(x);
for i in 0..2 {
    let x = i;
    println(x);
}
println(x);
