// exit: 1
// An uncaught json.parse error is reported at the call.
import std.json;

let config = "\{\n  \"name\": \"al\",\n  \"port\": 8080,\n}";
println("before");
let v = json.parse(config);
println("not reached", v);
