// exit: 1
import "./_lib/cycle_a.al" as a;
println("never runs");
