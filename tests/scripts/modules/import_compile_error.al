// exit: 1
import "./_lib/broken.al" as b;
println("never runs");
