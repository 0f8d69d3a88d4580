// exit: 1
// An uncaught json.stringify error is reported at the call.
import std.json;

let record = {name: "al", greet: |who| "hi " + who};
println("before");
println(json.stringify(record, 2));
println("not reached");
