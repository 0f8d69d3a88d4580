// exit: 1
// Fuzz finding 2: a parse error at the end of a file with no final newline points at the end.
(