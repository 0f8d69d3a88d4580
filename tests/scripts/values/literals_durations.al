println(250ms, 1s, 0.5s, 1.5s, 2s + 500ms, 100ns, 3us);
println(typeof(250ms), 1s == 1000ms, 1s > 999ms, 1s - 250ms);
println(1s * 3, 2 * 1s, 1s / 4, 1s / 250ms, 1.5 * 1s);
println([250ms, 1s], {d: 0.25s});
