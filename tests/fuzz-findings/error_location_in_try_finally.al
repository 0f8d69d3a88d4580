try {
    println(1 + nil);
} finally {
    println("finally");
}
