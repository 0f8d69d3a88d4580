let name = "first";
let greet = || "hello " + name;
println(greet());
name = "second";
println(greet());
let xs = [1];
let size = || xs.len();
xs.push(2);
println(size());
xs = [];
println(size());
fn make_pair() {
    let v = 0;
    let set = |n| { v = n; };
    let get = || v;
    set(9);
    [get(), v]
}
println(make_pair());
