// flags: --virtual-time
// Durations: literals, arithmetic, comparison, printing.
println(250ms, 1s, 0.5s, 1.5s);
println(1s + 500ms, 2s - 250ms, 100ms * 3, 1s / 4);
println(1s > 999ms, 1000ms == 1s, typeof(1s));
let t = now();
sleep(100ms * 5).await;
println(t.elapsed() == 0.5s);
