// exit: 1
// Columns count characters, as rustc does: an emoji before the error is one column, not two.
let s = "é中😀"; let x = s + 1 - 2;
