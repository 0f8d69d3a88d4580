// flags: --virtual-time
// Instants as in Rust: later - earlier is a Duration (zero when the other is later),
// t + d and t - d are Instants, and Instants compare.
let start = now();
sleep(250ms).await;
let later = now();
println(later - start, start - later);
println(later.duration_since(start), start.duration_since(later));
println(later > start, start < later, start <= start, later >= later);
println(start == start, start == later, start != later);
println(start + 250ms == later, later - 250ms == start, typeof(start + 1s));
let deadline = start + 1s;
while now() < deadline { sleep(300ms).await; }
println(now() - start, deadline.elapsed());
println([deadline, later, start].sort() == [start, later, deadline]);
