// Files that are not plain: a device without end, a symbolic link loop, a FIFO, a /proc file
// whose size says 0. Each gives the system's answer in the contract's words, at once.
import std.fs;
import std.process;
let dir = "std_fs_odd_tmp";
fs.mkdir(dir).await;
process.run("ln", ["-s", "loop_b", dir + "/loop_a"]).await;
process.run("ln", ["-s", "loop_a", dir + "/loop_b"]).await;
process.run("mkfifo", [dir + "/fifo"]).await;
println(try { fs.read_text("/dev/zero").await } catch e { e.message });
println(try { fs.lines("/dev/zero").await } catch e { e.message });
println(try { fs.read_text(dir + "/loop_a").await } catch e { e.message });
println(try { fs.list_dir(dir + "/loop_a").await } catch e { e.message });
println(try { fs.list_dir(dir + "/fifo").await } catch e { e.message });
println(try { fs.list_dir("/dev/null").await } catch e { e.message });
println(fs.read_text("/proc/self/status").await.contains("Name:"));
for n in fs.list_dir(dir).await { fs.remove(dir + "/" + n).await; }
fs.remove(dir).await;
println(fs.exists(dir).await);
