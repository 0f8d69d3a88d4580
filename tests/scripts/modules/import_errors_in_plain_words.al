// exit: 1
// A file that cannot be imported is said in the system's words, never a Java message.
import "./_lib" as lib;
import "./import_errors_in_plain_words.al/x.al" as nested;
