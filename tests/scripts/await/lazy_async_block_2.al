// flags: --virtual-time
let x = 1;
let b = async {
    println("block body, x =", x);
    x + 1
};
x = 10;
println("before await");
println(b.await);
