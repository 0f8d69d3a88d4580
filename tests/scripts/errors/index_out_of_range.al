// exit: 1
fn get(xs, i) {
    xs[i]
}
let xs = [10, 20, 30];
println(get(xs, 2));
println(get(xs, 3));
