"""async-blocking-call-in-async-def: the question's endpoint (requests.get + time.sleep inside async def) and the
answer's three fixes. `requests` is not installed, so a stub module stands in: its get() blocks the thread for
0.2 s like a slow HTTP call. The question's time.sleep(2) is shortened to 0.2 s so ten requests fit in a few
seconds; the answer's fix 1 keeps its asyncio.sleep(2). Requests go through httpx.ASGITransport, which runs the app
on this script's event loop, so concurrent requests share one loop like one Uvicorn worker."""
import asyncio
import io
import logging
import sys
import time
import types
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

# --- stubs: a blocking `requests`, an async client dependency, the Quote model ---
requests = types.ModuleType("requests")


class _Resp:
    def json(self):
        return {"text": "hello"}


def _blocking_get(url, timeout=None):
    assert timeout == 3, timeout            # the keyword argument reached the function
    time.sleep(0.2)
    return _Resp()


requests.get = _blocking_get
sys.modules["requests"] = requests
QUOTES_URL = "https://quotes.invalid/today"


class Quote(BaseModel):
    text: str


class _AsyncHttp:
    async def get(self, url, timeout=None):
        await asyncio.sleep(0.2)
        return _Resp()


HttpClient = Annotated[_AsyncHttp, Depends(lambda: _AsyncHttp())]

app = FastAPI()


# --- the question's code (time.sleep shortened) ---
@app.get("/quote-bad")
async def quote_bad() -> Quote:
    time.sleep(0.2)
    r = requests.get(QUOTES_URL, timeout=3)
    return Quote.model_validate(r.json())


@app.get("/health")
async def health():
    return {"ok": True}


# --- the answer's code, as it stands ---
# 1. Use async libraries and await them (best when available)
@app.get("/quote")
async def quote(http: HttpClient) -> Quote:
    await asyncio.sleep(2)                       # yields to the loop
    r = await http.get(QUOTES_URL, timeout=3)    # httpx.AsyncClient, shared
    return Quote.model_validate(r.json())

# 2. Declare it plain def: FastAPI runs it in the thread pool
@app.get("/quote-sync")
def quote_sync() -> Quote:
    r = requests.get(QUOTES_URL, timeout=3)
    return Quote.model_validate(r.json())

# 3. Keep async def, offload only the blocking part
@app.get("/quote-mixed")
async def quote_mixed() -> Quote:
    r = await run_in_threadpool(requests.get, QUOTES_URL, timeout=3)
    return Quote.model_validate(r.json())


async def burst(client, path, n=10):
    """n concurrent requests to path plus one /health probe started just after them."""
    t0 = time.perf_counter()
    done = {}

    async def one(p, key):
        r = await client.get(p)
        assert r.status_code == 200, r.text
        done[key] = time.perf_counter() - t0

    async def probe():
        await asyncio.sleep(0.01)
        await one("/health", "health")

    await asyncio.gather(*(one(path, i) for i in range(n)), probe())
    return max(v for k, v in done.items() if k != "health"), done["health"]


async def main():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
        total, health = await burst(client, "/quote-bad")
        print(f"blocking async def: 10 requests took {total:.2f}s, /health answered after {health:.2f}s")
        assert total > 3.5, total            # 10 x 0.4 s, one after another
        assert health > 0.3, health          # the probe waited behind the blocked loop

        for path, limit in (("/quote", 2.6), ("/quote-sync", 1.0), ("/quote-mixed", 1.0)):
            total, health = await burst(client, path)
            print(f"{path}: 10 requests took {total:.2f}s, /health answered after {health:.2f}s")
            assert total < limit, (path, total)
            assert health < 0.15, (path, health)


asyncio.run(main())

# asyncio debug mode logs a step that held the loop longer than 100 ms
buf = io.StringIO()
handler = logging.StreamHandler(buf)
logging.getLogger("asyncio").addHandler(handler)
logging.getLogger("asyncio").setLevel(logging.DEBUG)


async def debug_run():
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        await client.get("/quote-bad")


asyncio.run(debug_run(), debug=True)
slow = [line for line in buf.getvalue().splitlines() if line.startswith("Executing") and "took" in line]
print("debug mode:", slow[0][:60], "...", slow[0][-22:])
assert slow, buf.getvalue()
print("OK async-blocking-call-in-async-def")
