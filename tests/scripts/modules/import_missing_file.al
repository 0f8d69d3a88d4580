// exit: 1
import "./_lib/missing.al" as m;
