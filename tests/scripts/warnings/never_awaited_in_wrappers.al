// A statement whose value is a never-polled future warns however the future is wrapped:
// parentheses, a block, if or try ending in the call, or a variable holding it.
async fn hello() { println("body"); }
(hello());
{ hello() };
if true { hello() } else { 0 };
try { hello() } catch e { 0 };
let f = hello();
f;
// Values that are not futures, and futures that were awaited, stay quiet.
let n = 1;
n;
if n > 0 { n + 1 } else { 0 };
let g = hello();
g.await;
g;
println("end");
