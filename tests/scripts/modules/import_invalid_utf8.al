// exit: 1
// An imported file that is not valid UTF-8 is a compile error at its first bad byte.
import "./_lib/not_utf8.al" as n;
println("never runs");
