import std.fs;
let dir = "std_fs_files_tmp/a/b";
fs.mkdir(dir).await;
fs.mkdir(dir).await;
let f = dir + "/text.txt";
fs.write_text(f, "héllo\r\nwörld\n").await;
fs.append_text(f, "last line, no newline").await;
println(fs.read_text(f).await);
println(fs.lines(f).await);
fs.write_text(f, "").await;
println(fs.lines(f).await, len(fs.read_text(f).await));
fs.write_text(dir + "/z.txt", "z\n").await;
fs.write_text(dir + "/m.txt", "m\n\n").await;
println(fs.lines(dir + "/m.txt").await);
println(fs.list_dir(dir).await, fs.exists(dir).await, fs.exists(dir + "/nope").await);
println(try { fs.read_text(dir + "/nope").await } catch e { e.message });
println(try { fs.read_text(dir).await } catch e { e.message });
println(try { fs.lines(dir + "/nope").await } catch e { e.message });
println(try { fs.remove("std_fs_files_tmp").await } catch e { e.message });
println(try { fs.list_dir(dir + "/nope").await } catch e { e.message });
println(try { fs.read_text(5) } catch e { e.message });
// A NUL cannot be in a path; the message shows it escaped.
println(try { fs.read_text("a\u{0}b") } catch e { e.message });
println(try { fs.mkdir(f + "/under_a_file").await } catch e { e.message });
for n in fs.list_dir(dir).await { fs.remove(dir + "/" + n).await; }
fs.remove(dir).await;
fs.remove("std_fs_files_tmp/a").await;
fs.remove("std_fs_files_tmp").await;
println(fs.exists("std_fs_files_tmp").await);
