// exit: 1
// Mutual recursion: the frames repeat as a cycle of two, folded to two turns and a count.
fn is_even(n) { if n == 0 { assert(false, "reached the bottom") } else { is_odd(n - 1) } }
fn is_odd(n) { if n == 0 { false } else { is_even(n - 1) } }
println(is_even(40));
