// A member a module lacks names the module (std or file), and is a catchable error.
import std.time;
import std.json;
import "./_lib/util.al" as util;
println(try { time.nope } catch e { e });
println(try { json.parse_it("1") } catch e { e });
println(try { util.missing } catch e { e });
println(try { util.missing(1) } catch e { e });
// A global called through a module gets a hint.
println(try { time.now() } catch e { e });
// An ordinary map keeps its own messages.
let m = {a: 1};
println(try { m.b } catch e { e });
println(try { m.b() } catch e { e });
