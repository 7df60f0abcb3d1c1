"""db-pool-sizing-and-workers: the file's code is arithmetic; what runs here is the pool behaviour it explains,
on a SQLite file with SQLAlchemy's QueuePool (Postgres, Kubernetes and PgBouncer are not available)."""
import asyncio
import os
import tempfile
import time

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, exc, text
from sqlalchemy.pool import QueuePool

print("6 pods x 4 workers x (5 + 10) =", 6 * 4 * (5 + 10))
assert 6 * 4 * (5 + 10) == 360
print("80 usable / 24 processes =", round(80 / 24, 2))

url = "sqlite:///" + os.path.join(tempfile.mkdtemp(), "p.db")
engine = create_engine(url)
pool = engine.pool
print("default pool:", type(pool).__name__, "size", pool.size(), "overflow", pool._max_overflow, "timeout", pool._timeout)
assert isinstance(pool, QueuePool) and (pool.size(), pool._max_overflow, pool._timeout) == (5, 10, 30)

engine = create_engine(url, pool_timeout=0.5)     # "a few seconds" in production; short here
held = [engine.connect() for _ in range(15)]      # 5 + 10 checked out
t0 = time.monotonic()
try:
    engine.connect()
    raise AssertionError("expected the pool to time out")
except exc.TimeoutError as e:
    print(f"16th checkout after {time.monotonic() - t0:.1f}s ->", type(e).__module__ + "." + type(e).__name__, "|",
          str(e).split(" (Background")[0])
    assert "QueuePool limit of size 5 overflow 10 reached" in str(e)
for c in held:
    c.close()

# unhandled, the pool's TimeoutError is a 500; an exception handler maps it to 503
small = create_engine(url, pool_size=1, max_overflow=0, pool_timeout=0.2)


def build_app(with_handler: bool) -> FastAPI:
    app = FastAPI()

    @app.get("/q")
    def q():
        with small.connect() as conn:
            return {"one": conn.execute(text("select 1")).scalar()}

    if with_handler:
        @app.exception_handler(exc.TimeoutError)
        async def pool_timeout(request: Request, e: exc.TimeoutError):
            return JSONResponse({"detail": "database busy"}, status_code=503, headers={"Retry-After": "1"})
    return app


busy = small.connect()
r = TestClient(build_app(False), raise_server_exceptions=False).get("/q")
print("pool exhausted, no handler ->", r.status_code)
assert r.status_code == 500
r = TestClient(build_app(True)).get("/q")
print("pool exhausted, with a handler ->", r.status_code, r.json())
assert r.status_code == 503
busy.close()
assert TestClient(build_app(True)).get("/q").status_code == 200


async def limiter():
    return anyio.to_thread.current_default_thread_limiter().total_tokens
print("threadpool for def endpoints:", asyncio.run(limiter()), "threads")

engine.dispose(close=False)     # the call the file names for a forked child: exists and runs
print("OK db-pool-sizing-and-workers")
