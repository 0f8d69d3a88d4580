// exit: 1
let r = try { 1 / 0 } catch e { "handled: " + e.message };
println(r);
try {
    [1][5]
} catch e {
    throw {wrapped: e.message};
}
