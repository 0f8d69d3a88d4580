// json.parse: string escapes, non-ASCII text and surrogate pairs.
import std.json;

let s = json.parse("\"quote \\\" backslash \\\\ slash \\/ b\\b f\\f n\\n r\\r t\\t\"");
println(s.len(), [s]);
println(json.parse("\"\\u0041\\u00e9\\u4E2D\""));
println(json.parse("\"\\u0000\"").len(), typeof(json.parse("\"\\u0000\"")));

// Non-ASCII characters written as they are.
println(json.parse("\"héllo wörld, 中文, 😀\""));

// A surrogate pair escape is one character.
let emoji = json.parse("\"\\ud83d\\ude00\"");
println(emoji, emoji.len(), emoji == "😀", emoji == "\u{1F600}");

// Escaped keys.
let m = json.parse("\{\"a\\nb\": 1, \"\\u00e9\": 2}");
println(m, m["a\nb"], m["é"]);
