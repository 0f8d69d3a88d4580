import "./cycle_a.al" as a;
