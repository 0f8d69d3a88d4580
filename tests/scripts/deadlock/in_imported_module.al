// exit: 2
// A deadlock inside an imported file's top level: the dump follows the import to the wait.
import "./_lib/waits_forever.al" as w;
println("never");
