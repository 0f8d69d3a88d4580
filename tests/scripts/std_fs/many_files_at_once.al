import std.fs;
// A thousand files written, then read, all at once (join_all): more than any blocking pool
// has threads, so some wait their turn, and none is refused. list_dir sorts names by code
// point, as strings compare ("～" U+FF5E before "😀" U+1F600, unlike UTF-16 order).
let dir = "std_fs_many_tmp";
fs.mkdir(dir).await;
let writes = [];
for i in 0..1000 { writes.push(fs.write_text(dir + "/" + str(i), "text " + str(i))); }
join_all(writes).await;
let reads = [];
for i in 0..1000 { reads.push(fs.read_text(dir + "/" + str(i))); }
let texts = join_all(reads).await;
let right = 0;
for i in 0..1000 { if texts[i] == "text " + str(i) { right += 1; } }
println(right, "of 1000 read back");
let names = fs.list_dir(dir).await;
println(len(names), names.slice(0, 3));
let removes = [];
for name in names { removes.push(fs.remove(dir + "/" + name)); }
join_all(removes).await;
for name in ["～", "😀", "z", "é"] { fs.write_text(dir + "/" + name, "").await; }
let listed = fs.list_dir(dir).await;
println(listed, listed == listed.slice(0, len(listed)).sort());
for name in listed { fs.remove(dir + "/" + name).await; }
fs.remove(dir).await;
println(fs.exists(dir).await);
