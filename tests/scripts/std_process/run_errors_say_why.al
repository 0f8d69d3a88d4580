// A command that cannot be started says why, in the system's words.
import std.process;
println(try { process.run("echo", ["a\u{0}b"]).await } catch e { e.message });
println(try { process.run("/dev/null/cmd", []).await } catch e { e.message });
println(try { process.run("no-such-command-here", []).await } catch e { e.message });
println(try { process.run("ec\u{0}ho", []).await } catch e { e.message });
// A child that writes more than a string holds is killed, and the run says so.
println(try { process.run("cat", ["/dev/zero"]).await } catch e { e.message });
