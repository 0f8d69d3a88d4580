// The first asynclang program: functions, closures, strings with interpolation.
fn greet(name) {
    "Hello, {name}!"
}

let names = ["world", "asynclang"];
for name in names {
    println(greet(name));
}

let squares = [1, 2, 3, 4].map(|n| n * n);
println("squares:", squares);
