// exit: 1
// A closure in a map literal takes its key as its name, as `let f = ...` names one: in the
// never-awaited warning, in how it prints, and in a stack trace.
let o = {f: async || 1, g: |x| x + 1, "quoted": || 2};
o.f();
println(o.f, o.g, o.quoted);
let m = {boom: || { throw "bang" }};
m.boom();
