import std.fs;
// A path ending in "/" names a directory, as the system (and Rust) take it: a write there
// makes no file of that name, and a file is not read through "name/".
let dir = "std_fs_slash_tmp";
fs.mkdir(dir).await;
let f = dir + "/f.txt";
fs.write_text(f, "hi").await;
println(try { fs.write_text(dir + "/new/", "x").await } catch e { e.message });
println(try { fs.append_text(f + "/", "x").await } catch e { e.message });
println(fs.exists(dir + "/new").await);
println(try { fs.read_text(f + "/").await } catch e { e.message });
println(try { fs.read_text(dir + "/nope/").await } catch e { e.message });
println(try { fs.read_text(dir + "/").await } catch e { e.message });
println(fs.read_text(f).await);
fs.remove(f).await;
fs.remove(dir).await;
println(fs.exists(dir).await);
