// A string inside a list or map prints as source that reads back as the same string: a `{`
// is escaped (`\{`), since in source it would start an interpolation.
let x = 5;
let m = {"\{x}": "{x}"};
println(m);
println(["a\{b}", "}", "\\\{"]);
println("\{x}", "{x}");
