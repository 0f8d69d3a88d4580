// Warm-mode harness for Node: runs one workload ITERS times in this one process and prints,
// per iteration, "NANOS RESULT". usage: node warm.mjs WORKLOAD N ITERS [EXPECTED]
// With EXPECTED, every iteration's result must print as EXPECTED, else exit 1.
// The workloads are copied from ../shared/bench/peers/node/bench.mjs (which cannot be
// imported: it runs its command line when loaded); keep them in step with it.
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
async function afib(n) { return n < 2 ? n : (await afib(n - 1)) + (await afib(n - 2)); }
async function chain(d) { return d === 0 ? 0 : (await chain(d - 1)) + 1; }

class Channel {                      // minimal unbounded async queue
  constructor() { this.items = []; this.waiters = []; }
  send(v) { const w = this.waiters.shift(); if (w) w(v); else this.items.push(v); }
  recv() { return this.items.length ? Promise.resolve(this.items.shift()) : new Promise((r) => this.waiters.push(r)); }
}

const workloads = {
  async fib(n = 30) { return fib(n); },
  async async_fib(n = 25) { return afib(n); },
  async spawn_join(n = 1_000_000) {
    const tasks = [];
    for (let i = 0; i < n; i++) tasks.push((async () => { await null; return i * 2; })());
    return (await Promise.all(tasks)).reduce((a, b) => a + b, 0);
  },
  async sleep_many(n = 100_000) {
    const tasks = [];
    for (let i = 0; i < n; i++) tasks.push((async () => { await sleep(i % 1000); return 1; })());
    return (await Promise.all(tasks)).reduce((a, b) => a + b, 0);
  },
  async ping_pong(n = 1_000_000) {
    const ping = new Channel(), pong = new Channel();
    const peer = (async () => { for (;;) { const v = await ping.recv(); if (v < 0) return; pong.send(v + 1); } })();
    let c = 0;
    for (let i = 0; i < n; i++) { ping.send(c); c = await pong.recv(); }
    ping.send(-1); await peer;
    return c;
  },
  async chain(n = 5_000) { return chain(n); },
  async string_build(n = 1_000_000) { let s = ""; for (let i = 0; i < n; i++) s = s + "ab"; return s.length; },
};

const [, , work, nArg, itersArg, expected] = process.argv;
const f = workloads[work];
if (!f || itersArg === undefined) {
  console.error(`usage: node warm.mjs WORKLOAD N ITERS [EXPECTED]; WORKLOAD one of ${Object.keys(workloads).join(" ")}`);
  process.exit(2);
}
const n = Number(nArg), iters = Number(itersArg);
const warmNs = BigInt(Math.round(Number(process.env.WARM_SECONDS ?? 0) * 1e9));
async function iteration(prefix, k) {
  const t = process.hrtime.bigint();
  const r = await f(n);
  const ns = process.hrtime.bigint() - t;
  console.log(`${prefix}${ns} ${String(r)}`);
  if (expected !== undefined && String(r) !== expected) {
    console.error(`iteration ${k}: result ${r}, expected ${expected}`);
    process.exit(1);
  }
}
const start = process.hrtime.bigint();
let k = 0;
while (process.hrtime.bigint() - start < warmNs) await iteration("warmup ", ++k);
for (let i = 0; i < iters; i++) await iteration("", ++k);
