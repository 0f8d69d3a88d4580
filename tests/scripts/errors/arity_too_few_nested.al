// exit: 1
fn greet(greeting, name) {
    greeting + ", " + name
}
fn welcome(name) {
    greet(name)
}
println(greet("hi", "al"));
welcome("bo");
