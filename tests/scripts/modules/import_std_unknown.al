// exit: 1
import std.nope;
