// exit: 1
fn f(x) {
    if x > 1 {
        println(x);
    }
println("end");
