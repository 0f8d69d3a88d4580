// trim and split() take Unicode whitespace as Rust's char::is_whitespace does: no-break
// (U+00A0, U+202F), ideographic (U+3000), next-line (U+0085) and the other spaces too.
println(len("\u{A0}x\u{A0}".trim()), len("\u{85}x\u{85}".trim()), len("\u{3000}x\u{2003}".trim()));
println("a\u{3000}b\u{A0}\u{A0}c\td\u{202F}e".split());
println(" \t\n x y \r\n".trim(), len("\u{200B}x".trim()));
println("".split(), "   ".split(), " one ".split());
// int(), float() and parse_int() ignore the same whitespace around a number.
println(int("\u{A0}42\u{3000}"), float("\u{202F}2.5\u{85}"), "\u{2003}-7\u{A0}".parse_int());
