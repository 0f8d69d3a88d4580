println("\u{FFFF}" < "\u{1F600}");
println("\u{1F600}" > "\u{E000}", "\u{E000}" > "\u{D7FF}");
println(["\u{1F600}", "\u{FFFF}", "a", "\u{E000}"].sort());
println("abc" < "abd", "ab" < "abc", "" < "a", "b" > "abc");
