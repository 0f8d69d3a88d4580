// exit: 1
// An instant has no meaning beside a number: the operators' usual type errors.
let t = now();
println(typeof(t + 1s));
println(t < 5);
