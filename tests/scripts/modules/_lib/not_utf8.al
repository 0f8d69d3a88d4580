let ok = 1;
let s = "naïve";
