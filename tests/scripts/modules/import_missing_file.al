import "./_lib/missing.al" as m;
