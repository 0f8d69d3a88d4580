// exit: 1
// Only the very first line may start with #!.
println("never");
#!/usr/bin/env asynclang
