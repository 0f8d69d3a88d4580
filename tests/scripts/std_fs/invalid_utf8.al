import std.fs;
import std.json;
import std.process;
// Bytes that are not UTF-8, in a file or a child's output, are read as Rust's
// String::from_utf8_lossy reads them: one U+FFFD for each maximal malformed part. An encoded
// surrogate (ED A0 80) is three such parts, a cut-short euro sign (E2 82) one.
let bad = "\\355\\240\\200Z\\342\\202A\\364\\220\\200\\200!";
let out = process.run("printf", [bad]).await.stdout;
println(len(out), json.stringify(out));
let f = "std_fs_invalid_utf8_tmp.txt";
process.run("sh", ["-c", "printf \"$0\" > \"$1\"", bad, f]).await;
let text = fs.read_text(f).await;
println(len(text), text == out, fs.lines(f).await == [out]);
fs.remove(f).await;
