import std.process;
println("before");
process.run("sleep", ["2"]).await;
println("after");
