# lifespan-periodic-background-job-design: the model answer's refresh loop and lifespan with a stub RatesCache (no
# network), run under TestClient; then the anyio task-group variant under a real Uvicorn on 127.0.0.1.
import asyncio
import contextlib
import http.client
import logging
import socket
import threading
import time
from contextlib import asynccontextmanager
from types import SimpleNamespace

import anyio
import httpx
import uvicorn
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient

settings = SimpleNamespace(refresh_seconds=0.05)
logged = []


class Keep(logging.Handler):
    def emit(self, record):
        logged.append(record.getMessage())


logger = logging.getLogger("rates")
logger.addHandler(Keep())
logger.propagate = False
events = []


class RatesCache:  # stub: refresh() does not touch the network
    fail_next = 0
    fail_first = False

    def __init__(self):
        self.refreshes = 0
        self.values = {}

    async def refresh(self, http: httpx.AsyncClient):
        if RatesCache.fail_first and self.refreshes == 0:
            raise httpx.ConnectTimeout("upstream down")
        if RatesCache.fail_next:
            RatesCache.fail_next -= 1
            self.refreshes += 1
            raise httpx.ReadTimeout("slow upstream")
        assert not http.is_closed
        self.refreshes += 1
        self.values = {"EURUSD": 1.0 + self.refreshes / 1000}


# --- the model answer's code ---
async def refresh_forever(cache: RatesCache, http: httpx.AsyncClient, every: float) -> None:
    while True:
        await asyncio.sleep(every)
        try:
            await cache.refresh(http)
        except Exception:                        # CancelledError is not an Exception
            logger.exception("rates refresh failed, keeping old values")

@asynccontextmanager
async def lifespan(app: FastAPI):
    async with httpx.AsyncClient(timeout=5) as http:
        cache = RatesCache()
        await cache.refresh(http)                # first load before serving: fail fast
        task = asyncio.create_task(refresh_forever(cache, http, settings.refresh_seconds))
        try:
            yield {"rates": cache}
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task                       # stopped before the client closes
            events.append(("task done", task.done(), "client closed", http.is_closed))  # added
    events.append(("after async with", "client closed", http.is_closed))            # added
# --- end ---

app = FastAPI(lifespan=lifespan)


@app.get("/rates")
async def rates(request: Request):
    c = request.state.rates
    return {"refreshes": c.refreshes, "values": c.values}


with TestClient(app) as client:
    first = client.get("/rates").json()
    print("right after startup:", first)
    assert first["refreshes"] >= 1 and first["values"]           # loaded before the first request
    RatesCache.fail_next = 2
    time.sleep(0.5)
    later = client.get("/rates").json()
    print("after 0.5 s with two failing refreshes:", later, "| logged:", logged)
    assert later["refreshes"] >= 5 and logged.count("rates refresh failed, keeping old values") == 2
print("shutdown:", events)
assert events == [("task done", True, "client closed", False), ("after async with", "client closed", True)]

# the first load failing makes startup fail
RatesCache.fail_first = True
try:
    with TestClient(FastAPI(lifespan=lifespan)):
        raise AssertionError("startup should have failed")
except httpx.ConnectTimeout as exc:
    print("first load fails -> startup fails:", type(exc).__name__)
RatesCache.fail_first = False

# without a try in each iteration, one timeout ends the loop and the rates go stale
async def fragile(cache, http, every):
    while True:
        await asyncio.sleep(every)
        await cache.refresh(http)


async def stale_demo():
    async with httpx.AsyncClient() as http:
        cache = RatesCache()
        RatesCache.fail_next = 1
        task = asyncio.create_task(fragile(cache, http, 0.02))
        await asyncio.sleep(0.2)
        return task.done(), type(task.exception()).__name__, cache.refreshes


done, exc_name, n = asyncio.run(stale_demo())
print("fragile loop after one timeout: done =", done, exc_name, "refreshes =", n)
assert done and exc_name == "ReadTimeout" and n == 1

# the task-group variant under Uvicorn: an escaping exception ends the lifespan, the server keeps serving
state_seen = {}


async def dying_loop(http):
    await anyio.sleep(0.2)
    raise RuntimeError("loop crashed")


@asynccontextmanager
async def tg_lifespan(app):
    async with httpx.AsyncClient() as http:
        state_seen["http"] = http
        async with anyio.create_task_group() as tg:
            tg.start_soon(dying_loop, http)
            yield {"http": http}


tg_app = FastAPI(lifespan=tg_lifespan)


@tg_app.get("/client")
async def client_state(request: Request):
    return {"client_closed": request.state.http.is_closed}


sock = socket.socket()
sock.bind(("127.0.0.1", 0))
port = sock.getsockname()[1]
uv_logs = []
uv_handler = logging.Handler()
uv_handler.emit = lambda rec: uv_logs.append(rec.getMessage())
logging.getLogger("uvicorn.error").addHandler(uv_handler)
server = uvicorn.Server(uvicorn.Config(tg_app, log_level="error", log_config=None, lifespan="on"))
t = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
t.start()
while not server.started:
    time.sleep(0.02)


def get(path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request("GET", path)
    r = conn.getresponse()
    return r.status, r.read().decode()


before = get("/client")
time.sleep(0.5)
after = get("/client")
server.should_exit = True
t.join(5)
print("task group: before the crash", before, "| after", after, "| uvicorn logged:", [next((x.strip() for x in m.splitlines() if "RuntimeError" in x), m[:60]) for m in uv_logs])
assert before == (200, '{"client_closed":false}') and after == (200, '{"client_closed":true}')
print("OK lifespan-periodic-background-job-design")
