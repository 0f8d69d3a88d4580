// A map literal's key may be a name (the string), a string, a number, a duration, a bool, nil
// or a negated number, so every map prints as a literal that reads back; anything else goes
// in brackets.
let m = {true: 1, false: 2, nil: 3, 1.5: 4, -1: 5, 2s: 6, -2.5: 7, x: 8, "nil": 9, [1 + 1]: 10};
println(m);
println(m[true], m[false], m[nil], m[1.5], m[-1], m[2s], m[-2.5], m.x, m["nil"], m[2]);
let again = {true: 1, false: 2, nil: 3, 1.5: 4, -1: 5, 2s: 6, -2.5: 7, x: 8, "nil": 9, 2: 10};
println(again == m);
println({-500ms: "half a second back"});
