// exit: 1
import std.fs;
// fs.lines cuts as Rust's str::lines: at "\n" or "\r\n"; a final line ending adds no empty
// line; a lone "\r" stays. A wrong argument throws at the call; a failure points at the script.
let dir = "std_fs_lines_tmp";
fs.mkdir(dir).await;
let f = dir + "/l.txt";
fs.write_text(f, "a\r\nb\n\nc\r").await;
println(fs.lines(f).await);
fs.write_text(f, "").await;
println(fs.lines(f).await);
fs.write_text(f, "\n").await;
println(fs.lines(f).await);
fs.remove(f).await;
fs.remove(dir).await;
println(try { fs.lines(5) } catch e { e.message });
println(typeof(fs.lines), fs.lines);
fs.lines(dir + "/nope.txt").await;
