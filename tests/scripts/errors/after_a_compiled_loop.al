// flags: --experimental-options --engine.BackgroundCompilation=false --engine.OSRCompilationThreshold=1000
// exit: 1
// A loop long enough to be compiled while it runs (on-stack replacement) goes on in a frame
// of its own, the rest of its body too: an error after it still shows the call once.
let k = 0;
while k < 3000000 { k += 1; }
println(k);
let late = nil.field;
