// A NaN is no number of milliseconds: a type error wherever a duration is made from it, as
// multiplying a duration by NaN is.
import std.time;
let inf = float("1e400");
let nan = inf - inf;
println(try { time.duration(nan) } catch e { e.message });
println(try { sleep(nan) } catch e { e.message });
println(try { 1s * nan } catch e { e.message });
println(time.duration(1.5), sleep(2));
