import std.fs;
// EPERM (here: removing a file of /proc) is a permission error, as Rust's PermissionDenied.
println(try { fs.remove("/proc/version").await } catch e { e.message });
