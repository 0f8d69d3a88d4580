// exit: 1
let items = [1, 2, 0, 4];
let inverted = items.map(|x| 10 / x);
println(inverted);
