// exit: 1
// Only a number follows `-` in a map key; a computed key takes any expression.
let m = {a: 1, -x: 2};
