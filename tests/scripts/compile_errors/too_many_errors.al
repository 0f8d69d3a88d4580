// exit: 1
// Past 20 syntax errors the parser stops, and the report says that more were cut.
let x0 = ;
let x1 = ;
let x2 = ;
let x3 = ;
let x4 = ;
let x5 = ;
let x6 = ;
let x7 = ;
let x8 = ;
let x9 = ;
let x10 = ;
let x11 = ;
let x12 = ;
let x13 = ;
let x14 = ;
let x15 = ;
let x16 = ;
let x17 = ;
let x18 = ;
let x19 = ;
let x20 = ;
let x21 = ;
let x22 = ;
let x23 = ;
