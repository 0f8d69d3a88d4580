// exit: 1
// `as` and `in` may follow a name, but here each is the name: the caret is at it.
let as = 1;
let in = 2;
// Here the name is missing: the caret is where it goes.
for in [1] {}
let = 5;
