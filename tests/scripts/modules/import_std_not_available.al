// exit: 1
import std.json;
