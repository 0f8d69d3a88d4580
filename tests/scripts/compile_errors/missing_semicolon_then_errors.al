// exit: 1
// A missing `;` at the end of a line hides nothing: the next statement's errors are reported too.
println("one")
println("two" +);
println("three" +);
