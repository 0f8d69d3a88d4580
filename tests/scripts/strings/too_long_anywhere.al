// Every way of building a string stops at the limit `+` has, with the same catchable error
// (not an out-of-memory report): join, interpolation, replace, str of a list.
let s = "abcdefgh";
while len(s) < 60000000 { s = s + s; }
println(len(s));
println(try { [s, s, s, s, s].join("") } catch e { e.message });
println(try { "{s}{s}{s}{s}{s}" } catch e { e.message });
println(try { len(s.replace("a", "xyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyzxyz")) } catch e { e.message });
println(try { len(str([s, s, s, s, s])) } catch e { e.message });
println(len([s, s].join("")));
