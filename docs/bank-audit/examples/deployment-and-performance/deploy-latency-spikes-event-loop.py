"""deploy-latency-spikes-event-loop: the answer's /report endpoint as it stands, with `requests` as a stub module
(not installed) whose get() blocks for 0.3 s. Requests through httpx.ASGITransport share one event loop, as in one
worker. Shown: culprit 1, /healthz waits behind /report even though it does nothing, and the same code as def does
not stall it; culprit 2, 41 slow def calls: the 41st waits for a free token; asyncio debug mode logs the step that
held the loop and names the task's outer coroutine: under Uvicorn (a real server on a free 127.0.0.1 port) that
is RequestResponseCycle.run_asgi, not the endpoint. py-spy, pyinstrument, Locust and k6 are not installed and not run."""
import asyncio
import io
import logging
import sys
import time
import types

import httpx
from fastapi import FastAPI

URL = "http://reports.invalid/data"
requests = types.ModuleType("requests")


class _Resp:
    def json(self):
        return {"rows": 3}


def _get(url, timeout=None):
    time.sleep(0.3)
    return _Resp()


requests.get = _get
sys.modules["requests"] = requests

app = FastAPI()


# --- the answer's code, as it stands (its "..." returns the data here) ---
@app.get("/report")
async def report():
    data = requests.get(URL, timeout=10).json()   # blocks the event loop
    return data


@app.get("/report-def")
def report_def():
    data = requests.get(URL, timeout=10).json()
    return data


@app.get("/healthz")
async def healthz():
    return {"ok": True}


async def with_probe(path, n):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        t0 = time.perf_counter()

        async def probe():
            await asyncio.sleep(0.05)
            await c.get("/healthz")
            return time.perf_counter() - t0

        *_, health = await asyncio.gather(*(c.get(path) for _ in range(n)), probe())
        return time.perf_counter() - t0, health


total, health = asyncio.run(with_probe("/report", 5))
print(f"5 x async /report: {total:.1f}s in all, /healthz (sent at 0.05s) answered at {health:.2f}s")
assert total > 1.4 and health > 0.3
total, health = asyncio.run(with_probe("/report-def", 5))
print(f"5 x def /report-def: {total:.1f}s in all, /healthz answered at {health:.2f}s")
assert total < 0.5 and health < 0.1


async def forty_one():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        t0 = time.perf_counter()

        async def one():
            await c.get("/report-def")
            return round(time.perf_counter() - t0, 1)

        return sorted(await asyncio.gather(*(one() for _ in range(41))))


lat = asyncio.run(forty_one())
print("41 concurrent def calls of 0.3 s: the first 40 done by", max(lat[:40]), "s, the 41st at", lat[40], "s")
assert max(lat[:40]) < 0.45 and lat[40] >= 0.55

buf = io.StringIO()
logging.getLogger("asyncio").addHandler(logging.StreamHandler(buf))


async def one_report():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        await c.get("/report")


asyncio.run(one_report(), debug=True)
line = next(l for l in buf.getvalue().splitlines() if l.startswith("Executing"))
print("debug mode, app on this script's loop:", line[:75], "...", line[-22:])
assert "took 0.3" in line and "coro=<one_report()" in line           # the task's outer coroutine

# the same under Uvicorn (free 127.0.0.1 port), with PYTHONASYNCIODEBUG=1 set before its loop starts
import os
import socket
import threading

import uvicorn

os.environ["PYTHONASYNCIODEBUG"] = "1"
buf.truncate(0)
sock = socket.socket()
sock.bind(("127.0.0.1", 0))
server = uvicorn.Server(uvicorn.Config(app, http="h11", log_level="critical"))
thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
thread.start()
while not server.started:
    time.sleep(0.01)
try:
    httpx.get(f"http://127.0.0.1:{sock.getsockname()[1]}/report")
finally:
    server.should_exit = True
    thread.join(5)
line = next(l for l in buf.getvalue().splitlines() if "took" in l)
print("debug mode under Uvicorn:", line[line.index("coro="):line.index(" done")], "...", line[-22:])
assert "RequestResponseCycle.run_asgi" in line and "report" not in line.split("coro=")[1].split(" done")[0]
print("OK deploy-latency-spikes-event-loop")
