let counter = {count: 0};
counter.inc = || { counter.count += 1; counter.count };
counter.inc();
println(counter.inc(), counter.count);
let obj = {greet: |name| "hello " + name};
println(obj.greet("al"));
