let a = 1;
let f = || {
    let b = 2;
    let g = || {
        let c = 3;
        || a + b + c
    };
    g()
};
let h = f();
println(h());
a = 100;
println(h());
fn outer() {
    let x = "outer";
    let mid = || {
        let inner = || x + "-inner";
        inner()
    };
    x = "changed";
    mid()
}
println(outer());
