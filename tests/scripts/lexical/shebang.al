#!/usr/bin/env asynclang
// A first line starting with #! is ignored: the script can be run as a command.
println("ran");
