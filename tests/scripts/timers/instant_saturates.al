// flags: --virtual-time
// An Instant moved past the clock's range stays at its end, as Duration arithmetic saturates.
import std.time;
let t = now();
let huge = time.duration(9223372036854);
let far = t + huge + huge;
println(far > t, (far + huge) == far, (t - huge - huge) < t);
println((far - 1s) < far, far - t);
