"""Memory per pending task (see pending.al). usage: python3 pending.py [N] [HOLD_MS]"""
import asyncio
import os
import sys


async def main(n, hold):
    async def task():
        await asyncio.sleep(3600)
        return 1
    tasks = [asyncio.create_task(task()) for _ in range(n)]
    await asyncio.sleep(0)  # every task has now run to its first await
    pending = sum(1 for t in tasks if not t.done())
    if hold > 0:
        print("ready", file=sys.stderr, flush=True)
        await asyncio.sleep(hold / 1000)
    print(pending, flush=True)
    os._exit(0)  # skip cancelling N tasks at exit


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000,
                 int(sys.argv[2]) if len(sys.argv) > 2 else 0))
