// json.parse errors: `invalid JSON at line L, column C: WHAT`, each caught as an Error.
import std.json;

fn check(text) {
    let r = try { json.parse(text); "parsed" } catch e { typeof(e) + ": " + e.message };
    println(r);
}

// No value, or the text ends too soon.
check("");
check("   \n  ");
check("[");
check("\{");
check("[1, 2");
check("\{\"a\": 1");
check("\{\"a\":");
check("\{\"a\"");

// A character that cannot come there, and what could.
check("}");
check("]");
check("[1,]");
check("[,]");
check("\{\"a\": 1,}");
check("\{a: 1}");
check("\{'a': 1}");
check("\{\"a\" 1}");
check("[1 2]");
check("\{\"a\": 1 \"b\": 2}");
check("[1}");
check("\{\"a\": 1]");
check("/* comment */ 1");
check(".5");
check("[\u{FEFF}1]");
check("[\u{A0}1]");

// Words that are not true, false or null.
check("tru");
check("True");
check("nul");
check("[falsey]");
check("NaN");
check("-Infinity");
check("undefined");

// Numbers.
check("01");
check("-01");
check("1.");
check("1.e5");
check("-");
check("1e");
check("1.5e+");
check("[+1]");
check("0x10");
check("1.0.0");
check("1e400");
check("-1e400");

// Strings.
check("\"abc");
check("[\"ok\", \"abc");
check("\{\"unterminated key");
check("\"line\nbreak\"");
check("\"tab\there\"");
check("\"bell\u{7}\"");
check("\"\\q\"");
check("\"\\x41\"");
check("\"\\u12\"");
check("\"\\u12G4\"");
check("\"\\");
check("\"\\ud800\"");
check("\"\\udc00 low first\"");
check("\"\\ud83d\\u0041\"");
check("\{\"\\ud800\": 1}");

// Something after the value.
check("1 2");
check("1x");
check("[1] x");
check("[1]]");
check("\{} \{}");
check("\"a\" \"b\"");
check("true false");
check("null,");

// Lines and columns: lines end at \n, \r\n or \r; columns count characters from 1.
check("[\n  1,\n  2,\n]");
check("[\r\n  1,\r\n  x]");
check("[\r\r  x]");
check("[\"é😀\", x]");
check("\u{FEFF}[x]");

// The argument must be a string.
check(42);
check(nil);
check(["[]"]);
