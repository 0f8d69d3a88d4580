println("tab:\tend");
println("quote: \" backslash: \\ brace: \{ close: }");
println("newline:\nsecond line");
println("emoji: \u{1F600} and \u{48}\u{49}");
println("", "empty above");
println(["a\"b", "c\nd"]);
