// A module runs once, however many files import it; its top-level names are its members.
import "./_lib/deep.al" as first;
import "./_lib/deep.al" as second;
println(first.triple(1), second.triple(2), first == second);
