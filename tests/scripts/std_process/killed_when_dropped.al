// A child whose run() is dropped (a timeout, an abort, the program ending) is killed, as
// Tokio's kill_on_drop: it does not go on running, and the program ends cleanly.
import std.process;
import std.fs;
let marker = process.run("mktemp", []).await.stdout.trim();
let late = "sleep 0.6; echo late > " + marker;
println(try { timeout(200ms, process.run("sh", ["-c", late])).await } catch e { e.message });
let t = spawn(process.run("sh", ["-c", late]));
sleep(100ms).await;
t.abort();
sleep(1s).await;
println("marker written:", fs.read_text(marker).await != "");
fs.remove(marker).await;
// Still running when the main task ends: killed on the way out, no error.
spawn(process.run("sleep", ["30"]));
sleep(100ms).await;
println("end");
