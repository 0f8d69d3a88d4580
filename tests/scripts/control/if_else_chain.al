fn classify(n) {
    if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else if n < 10 {
        "small"
    } else {
        "large"
    }
}
println(classify(-5));
println(classify(0));
println(classify(7));
println(classify(100));
if true { println("plain if"); }
if false { println("never"); } else { println("else branch"); }
if nil { println("never"); } else if 0 { println("0 is truthy"); }
