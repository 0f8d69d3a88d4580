import std.process;
// One argument longer than the system passes to a program (128 KiB on Linux): the error says
// so, instead of claiming the command does not exist.
let arg = "x";
while len(arg) < 300000 { arg = arg + arg; }
println(try { process.run("echo", [arg]).await } catch e { e.message });
println(process.run("echo", ["short"]).await.stdout);
