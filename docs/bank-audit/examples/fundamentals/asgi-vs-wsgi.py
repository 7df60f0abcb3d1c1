# asgi-vs-wsgi: the /quotes endpoint as in the file (outside HTTP call stubbed with httpx.MockTransport),
# then what the answer says about def endpoints in the thread pool and a blocking call inside async def.
import asyncio
import threading
import time

import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient

QUOTES_URL = "https://quotes.example/api"


class _StubAsyncClient(httpx.AsyncClient):  # stub for the outside service, no network
    def __init__(self, **kw):
        super().__init__(transport=httpx.MockTransport(lambda req: httpx.Response(200, json=[{"q": "hi"}])), **kw)


app = FastAPI()

# --- code from the file (httpx.AsyncClient is the stub above) ---
_real = httpx.AsyncClient
httpx.AsyncClient = _StubAsyncClient


@app.get("/quotes")
async def quotes():
    async with httpx.AsyncClient() as client:   # loop serves others while waiting
        return (await client.get(QUOTES_URL)).json()
# ----------------------------------------------------------------

with TestClient(app) as c:
    r = c.get("/quotes")
    print("GET /quotes", r.status_code, r.json())
    assert r.status_code == 200 and r.json() == [{"q": "hi"}]
httpx.AsyncClient = _real

# Claims: plain def runs in a thread pool; a blocking call inside async def stalls every request.
main_thread = threading.get_ident()
seen = {}
demo = FastAPI()


@demo.get("/sync-sleep")
def sync_sleep():
    seen["def"] = threading.get_ident()
    time.sleep(0.3)
    return {}


@demo.get("/async-sleep")
async def async_sleep():
    seen["async"] = threading.get_ident()
    time.sleep(0.3)          # blocking call inside async def
    return {}


@demo.get("/async-await")
async def async_await():
    await asyncio.sleep(0.3)
    return {}


async def burst(path, n=4):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=demo), base_url="http://t") as c:
        t0 = time.perf_counter()
        rs = await asyncio.gather(*(c.get(path) for _ in range(n)))
        assert all(r.status_code == 200 for r in rs)
        return time.perf_counter() - t0


async def main():
    loop_thread = threading.get_ident()
    res = {p: await burst(p) for p in ["/sync-sleep", "/async-sleep", "/async-await"]}
    for p, t in res.items():
        print(f"4 concurrent {p}: {t:.2f}s")
    assert seen["async"] == loop_thread, "async def runs on the event loop thread"
    assert seen["def"] != loop_thread, "def runs in a worker thread"
    assert res["/async-sleep"] > 1.1, "time.sleep in async def serialises the requests"
    assert res["/sync-sleep"] < 0.7 and res["/async-await"] < 0.7


asyncio.run(main())
print("OK asgi-vs-wsgi")
