// exit: 1
// Two imported files named util.al: errors name each by its path from the main file's folder.
import "./_lib/util.al" as util;
import "./_lib/sub/util.al" as sub;
println(util.greeting);
sub.boom();
