// split() without a separator: the words between runs of whitespace (spaces, tabs, newlines,
// vertical tab, form feed, carriage return); leading and trailing whitespace is dropped.
println("one two  three".split());
println("  padded\tand\ttabbed \n".split());
println("a\u{B}b\u{C}c\rd".split());
println("".split());
println("   ".split());
println("single".split());
println("x\u{1}y z".split());
println("\u{1}edge\u{1}".split());
