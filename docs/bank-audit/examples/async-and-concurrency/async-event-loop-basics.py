"""async-event-loop-basics: the answer's sequential-versus-gather snippet as it stands, with stubs users.get (80 ms)
and orders_api.list (120 ms); two concurrent 100 ms requests on one loop (the timeline in the answer); and a
CPU-bound async endpoint that keeps the loop to itself (no preemption)."""
import asyncio
import time
from types import SimpleNamespace

import httpx
from fastapi import FastAPI


async def _user(uid):
    await asyncio.sleep(0.08)
    return {"id": uid}


async def _orders(uid):
    await asyncio.sleep(0.12)
    return [1, 2]


users = SimpleNamespace(get=_user)
orders_api = SimpleNamespace(list=_orders)


async def snippet(uid):
    t0 = time.perf_counter()
    # --- the answer's code, as it stands ---
    user = await users.get(uid)          # 80 ms
    orders = await orders_api.list(uid)  # then another 120 ms: 200 ms in total
    t1 = time.perf_counter()

    user, orders = await asyncio.gather(users.get(uid), orders_api.list(uid))  # about 120 ms
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


seq, par = asyncio.run(snippet(1))
print(f"sequential awaits {seq*1000:.0f} ms, gather {par*1000:.0f} ms")
assert 0.19 < seq < 0.25 and 0.11 < par < 0.16

app = FastAPI()


@app.get("/io")
async def io():
    await asyncio.sleep(0.1)              # "await db"
    return {}


@app.get("/cpu")
async def cpu():
    t = time.perf_counter()
    while time.perf_counter() - t < 0.3:  # CPU-heavy loop, never awaits
        pass
    return {}


async def two(paths):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        t0 = time.perf_counter()
        await asyncio.gather(*(c.get(p) for p in paths))
        return time.perf_counter() - t0


both = asyncio.run(two(["/io", "/io"]))
print(f"two 100 ms requests together: {both*1000:.0f} ms")
assert both < 0.16
blocked = asyncio.run(two(["/cpu", "/io"]))
print(f"a 300 ms CPU loop and a 100 ms request: {blocked*1000:.0f} ms")
assert blocked > 0.38                     # the I/O request could not even start its wait until the loop was free
print("OK async-event-loop-basics")
