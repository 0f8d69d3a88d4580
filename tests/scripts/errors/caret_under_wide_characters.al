// exit: 1
// The caret lands under the spot on a terminal: CJK characters and emoji take two columns.
let s = "日本語" + "😀" + nope;
