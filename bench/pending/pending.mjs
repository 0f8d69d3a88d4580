// Memory per pending task (see pending.al). usage: node pending.mjs [N] [HOLD_MS]
// With --expose-gc, prints the heap used after a full GC to stderr.
const n = Number(process.argv[2] ?? 100_000), hold = Number(process.argv[3] ?? 0);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const tasks = [];
for (let i = 0; i < n; i++) tasks.push((async () => { await sleep(3_600_000); return 1; })());
await null;
if (globalThis.gc) { gc(); console.error(`heap_used_after_gc ${process.memoryUsage().heapUsed}`); }
if (hold > 0) { console.error("ready"); await sleep(hold); }
console.log(tasks.length);
process.exit(0);
