let xs = [0, 1, 2, 3, 4];
println(xs.slice(1, 3));
println(xs.slice(0, 5));
println(xs.slice(2, 2));
println(xs.slice(0, 0));
let s = xs.slice(0, 2);
s.push(99);
println(s, xs);
println(xs.slice(3, 5));
// Out of range: the message names the bound as it was given.
println(try { xs.slice(6) } catch e { e.message });
println(try { xs.slice(1, 9) } catch e { e.message });
println(try { xs.slice(-1, 2) } catch e { e.message });
println(try { xs.slice(3, 1) } catch e { e.message });
println(xs.slice(5), xs.slice(2));
