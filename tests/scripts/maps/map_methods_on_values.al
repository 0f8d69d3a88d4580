let handlers = {
    double: |x| x * 2,
    greet: |name| "hi " + name,
};
println(handlers.double(21));
println(handlers.greet("al"));
println(handlers.len());
let obj = {count: 0};
obj.inc = || { obj.count += 1; obj.count };
obj.inc();
println(obj.inc());
