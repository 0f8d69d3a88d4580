import std.process;
let r = process.run("echo", ["hello", "world"]).await;
println(r.code, r.stdout, r.stderr == "");
let sh = process.run("sh", ["-c", "echo out; echo err 1>&2; exit 3"]).await;
println(sh);
// A chatty child that fills both pipes cannot block: they are read at the same time.
let big = process.run("sh", ["-c", "head -c 300000 /dev/zero | tr '\\0' a; head -c 300000 /dev/zero | tr '\\0' b 1>&2"]).await;
println(len(big.stdout), len(big.stderr), big.code);
println(try { process.run("no-such-command-here", []).await } catch e { e.message });
println(try { process.run("/", []).await } catch e { e.message });
println(try { process.run("echo", "not a list") } catch e { e.message });
println(try { process.run("echo", ["a", 1]) } catch e { e.message });
println(typeof(process.env("PATH")), process.env("ASYNCLANG_SURELY_UNSET_VARIABLE"));
let t = now();
let both = join(process.run("sleep", ["0.3"]), process.run("sleep", ["0.3"])).await;
println("ran together:", t.elapsed() < 550ms);
