"""async-diagnose-slow-endpoint-under-load: the file has no Python code (a method and a table). What runs here are
its checkable claims: (2) sync endpoints share 40 thread tokens, so with 80 concurrent 0.3 s def calls latency
grows in steps of the handler time; (3) SQLAlchemy's default QueuePool is 5 + 10 connections with a 30 s
pool_timeout, then fails with "QueuePool limit ... reached"; engine.pool.status() shows it. py-spy, load tools and
OpenTelemetry are not installed and not run."""
import asyncio
import os
import tempfile
import time

import httpx
from fastapi import FastAPI
from sqlalchemy import create_engine
from sqlalchemy.exc import TimeoutError as PoolTimeout

app = FastAPI()


@app.get("/orders")
def orders():
    time.sleep(0.3)                       # slow blocking I/O in a def endpoint
    return []


async def load(n):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        t0 = time.perf_counter()

        async def one():
            await c.get("/orders")
            return round(time.perf_counter() - t0, 1)

        return await asyncio.gather(*(one() for _ in range(n)))


lat = sorted(asyncio.run(load(80)))
steps = sorted(set(lat))
print("80 concurrent def calls, latency steps:", steps, "counts:", [lat.count(s) for s in steps])
assert steps == [0.3, 0.6] and lat.count(0.3) == 40, lat

path = os.path.join(tempfile.mkdtemp(), "db.sqlite")
engine = create_engine(f"sqlite:///{path}")
pool = engine.pool
print("pool:", type(pool).__name__, "size", pool.size(), "max_overflow", pool._max_overflow, "timeout", pool._timeout)
assert (type(pool).__name__, pool.size(), pool._max_overflow, pool._timeout) == ("QueuePool", 5, 10, 30)

engine = create_engine(f"sqlite:///{path}", pool_timeout=0.1)
held = [engine.connect() for _ in range(15)]
print("status:", engine.pool.status())
try:
    engine.connect()
    raise AssertionError("16th connection was given")
except PoolTimeout as exc:
    print("16th checkout:", str(exc).splitlines()[0][:80])
    assert "QueuePool limit of size 5 overflow 10 reached" in str(exc)
for c in held:
    c.close()
print("OK async-diagnose-slow-endpoint-under-load")
