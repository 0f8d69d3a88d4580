fn outer() {
    let a = 1;
    fn middle() {
        let b = 2;
        let inner = || a + b;
        a = 10;
        inner()
    }
    middle()
}
println(outer());
let later = || value_defined_later;
let value_defined_later = "ok";
println(later());
