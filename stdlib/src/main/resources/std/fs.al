// std.fs: files (LANGUAGE.md 5.1). The Java intrinsics do the file work off the executor
// thread; what can be said in asynclang is said here.

let read_text = native.read_text;
let write_text = native.write_text;
let append_text = native.append_text;
let exists = native.exists;
let list_dir = native.list_dir;
let mkdir = native.mkdir;
let remove = native.remove;

// The file's lines without their "\n" or "\r\n"; a final newline adds no empty line.
async fn lines(path) {
    let text = read_text(path).await;
    if text == "" { return []; }
    let parts = text.split("\n");
    if parts[len(parts) - 1] == "" { parts.pop(); }
    parts.map(|line| if line.ends_with("\r") { line[0..len(line) - 1] } else { line })
}
