// std.fs: files (LANGUAGE.md 5.1). The Java intrinsics do the file work off the executor
// thread; this part names them for the module. (`lines` was written here until stop 29: as
// asynclang it could not check its argument at the call, and its errors, frames and
// never-awaited warning showed this file and its helpers to the script; see docs/design.md.)

let read_text = native.read_text;
let lines = native.lines;
let write_text = native.write_text;
let append_text = native.append_text;
let exists = native.exists;
let list_dir = native.list_dir;
let mkdir = native.mkdir;
let remove = native.remove;
