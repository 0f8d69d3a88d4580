// exit: 1
// Name errors in the main file do not hide those of the files it imports: all in one run.
import "./_lib/uses_undefined.al" as u;
let main_only = 5;
println(helpr());
