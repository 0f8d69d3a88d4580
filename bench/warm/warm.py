"""Warm-mode harness for Python: runs one workload ITERS times in one process, one event
loop, and prints, per iteration, "NANOS RESULT".
usage: python3 warm.py PEER_BENCH_PY WORKLOAD N ITERS [EXPECTED]
PEER_BENCH_PY is ../shared/bench/peers/python/bench.py: its workload functions (w_NAME) are
imported and called as they are, so the code is exactly the peer's.
With EXPECTED, every iteration's result must print as EXPECTED, else exit 1.
With WARM_SECONDS=S in the environment, iterations first run for S seconds, each printed as
"warmup NANOS RESULT", before the ITERS measured ones."""
import asyncio
import importlib.util
import os
import sys
import time


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    path, work, n, iters = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    expected = sys.argv[5] if len(sys.argv) > 5 else None
    spec = importlib.util.spec_from_file_location("peer_bench", path)
    peer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(peer)
    f = getattr(peer, "w_" + work, None)
    if f is None or work == "hello":
        names = " ".join(k[2:] for k in vars(peer) if k.startswith("w_") and k != "w_hello")
        print(f"unknown workload {work}; one of {names}", file=sys.stderr)
        sys.exit(2)
    sys.setrecursionlimit(1_000_000)   # as the peer's __main__ does (chain)

    warm_ns = int(float(os.environ.get("WARM_SECONDS", "0")) * 1e9)

    async def iteration(prefix, k):
        t = time.perf_counter_ns()
        r = await f(n)
        ns = time.perf_counter_ns() - t
        print(f"{prefix}{ns} {r}", flush=True)
        if expected is not None and str(r) != expected:
            print(f"iteration {k}: result {r}, expected {expected}", file=sys.stderr)
            sys.exit(1)

    async def loop():
        start = time.perf_counter_ns()
        k = 0
        while time.perf_counter_ns() - start < warm_ns:
            k += 1
            await iteration("warmup ", k)
        for i in range(iters):
            await iteration("", k + i + 1)
    asyncio.run(loop())


if __name__ == "__main__":
    main()
