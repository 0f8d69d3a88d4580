// flags: --virtual-time
// trace: unordered (the file threads finish in any order)
// Lesson 21: concurrent file work. File operations run on a small pool of threads off the
// executor (like tokio::fs): a task that reads a file waits without blocking the others,
// so reading ten files with join_all overlaps them. Then the results come together on
// the executor's one thread, where no locks are needed.
// Observe: the report is the same whatever order the reads finish in, because join_all
// keeps argument order.
import std.fs;

let dir = "pipeline_lesson_tmp";
fs.mkdir(dir + "/in").await;

// Make some input: ten files of numbers.
let writes = [];
for i in 0..10 {
    let numbers = [];
    for k in 0..(i + 1) { numbers.push(str(i * 10 + k)); }
    writes.push(fs.write_text("{dir}/in/part{i}.txt", numbers.join("\n") + "\n"));
}
join_all(writes).await;

// Read every file at once, then summarize each.
async fn summarize(path) {
    let lines = fs.lines(path).await;
    let total = lines.map(|l| l.parse_int()).reduce(|a, b| a + b, 0);
    {file: path, count: len(lines), total: total}
}
let names = fs.list_dir(dir + "/in").await;          // sorted
let summaries = join_all(names.map(|n| summarize("{dir}/in/{n}"))).await;

// Write a report, read it back.
let report = summaries.map(|s| "{s.file}: {s.count} numbers, sum {s.total}").join("\n");
fs.write_text(dir + "/report.txt", report + "\n").await;
print(fs.read_text(dir + "/report.txt").await);

// Clean up.
for n in names { fs.remove("{dir}/in/{n}").await; }
fs.remove(dir + "/in").await;
fs.remove(dir + "/report.txt").await;
fs.remove(dir).await;
println("cleaned up:", !fs.exists(dir).await);
