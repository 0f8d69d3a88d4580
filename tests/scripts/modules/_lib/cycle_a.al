import "./cycle_b.al" as b;
