// While file work is in flight on the blocking pool, the executor runs other tasks:
// the reads of 20 files are all in flight at once, and a ticker task gets to run.
import std.fs;
let dir = "std_fs_meanwhile_tmp";
fs.mkdir(dir).await;
let writes = [];
for i in 0..20 { writes.push(fs.write_text("{dir}/{i}.txt", str(i))); }
join_all(writes).await;
let ticks = 0;
let ticker = spawn(async { loop { ticks += 1; yield_now().await; } });
let reads = [];
for i in 0..20 { reads.push(fs.read_text("{dir}/{i}.txt")); }
let texts = join_all(reads).await;
println(texts.join(","));
println("ticker ran:", ticks > 0);
ticker.abort();
for i in 0..20 { fs.remove("{dir}/{i}.txt").await; }
fs.remove(dir).await;
