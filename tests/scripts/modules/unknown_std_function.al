// exit: 1
import std.time;
let started = time.now();
