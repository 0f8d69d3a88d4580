// exit: 1
{
    let inner = 1;
    println(inner);
}
println(inner);
