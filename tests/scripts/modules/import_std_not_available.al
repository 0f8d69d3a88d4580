import std.json;
