"""async-concurrent-outbound-calls-httpx: the answer's lifespan, get_http and dashboard as they stand. The three
internal services are a stub: every httpx.AsyncClient gets an httpx.MockTransport whose handler sleeps 0.1, 0.2
and 0.3 s (and can fail or return 500 on request). Checked: total time near the slowest call, optional recs
degrade to None, a failed profile gives 502, the client is created once; then httpx's defaults, gather's and
TaskGroup's behaviour on failure, and that a 500 is not an exception until raise_for_status()."""
import asyncio
import time
from contextlib import asynccontextmanager
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.testclient import TestClient
from pydantic import BaseModel

USERS, ORDERS, RECS = "http://users.internal", "http://orders.internal", "http://recs.internal"
fail: set[str] = set()
clients_created = []


async def handler(request: httpx.Request) -> httpx.Response:
    host = request.url.host
    await asyncio.sleep({"users.internal": 0.1, "orders.internal": 0.2, "recs.internal": 0.3}[host])
    if host in fail:
        raise httpx.ConnectError("down", request=request)
    return httpx.Response(200, json={"host": host})


_real_init = httpx.AsyncClient.__init__


def _init_with_mock(self, *args, **kwargs):
    kwargs.setdefault("transport", httpx.MockTransport(handler))
    clients_created.append(kwargs.get("timeout"))
    _real_init(self, *args, **kwargs)


httpx.AsyncClient.__init__ = _init_with_mock


class Dashboard(BaseModel):
    profile: dict
    orders: dict
    recs: dict | None

    @classmethod
    def build(cls, profile, orders, recs):
        return cls(profile=profile.json(), orders=orders.json(), recs=recs.json() if recs else None)


# --- the answer's code, as it stands ---
@asynccontextmanager
async def lifespan(app: FastAPI):
    async with httpx.AsyncClient(
        timeout=httpx.Timeout(2.0, connect=0.5),
        limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
    ) as client:
        app.state.http = client
        yield

async def get_http(request: Request) -> httpx.AsyncClient:
    return request.app.state.http

app = FastAPI(lifespan=lifespan)

@app.get("/dashboard/{uid}")
async def dashboard(uid: int, http: Annotated[httpx.AsyncClient, Depends(get_http)]) -> Dashboard:
    profile, orders, recs = await asyncio.gather(
        http.get(f"{USERS}/users/{uid}"),
        http.get(f"{ORDERS}/orders", params={"user": uid}),
        http.get(f"{RECS}/users/{uid}/recommendations"),
        return_exceptions=True,
    )
    if isinstance(profile, Exception) or isinstance(orders, Exception):
        raise HTTPException(502, "Upstream unavailable")
    return Dashboard.build(profile, orders, recs if not isinstance(recs, Exception) else None)


with TestClient(app) as client:
    t0 = time.perf_counter()
    r = client.get("/dashboard/7")
    took = time.perf_counter() - t0
    print("all up:", r.status_code, r.json(), f"{took:.2f}s")
    assert r.status_code == 200 and r.json()["recs"] == {"host": "recs.internal"}
    assert took < 0.5, took                         # about the slowest (0.3 s), not the sum (0.6 s)

    fail.add("recs.internal")
    r = client.get("/dashboard/7")
    print("recs down:", r.status_code, r.json())
    assert r.status_code == 200 and r.json()["recs"] is None

    fail.add("users.internal")
    r = client.get("/dashboard/7")
    print("profile down:", r.status_code, r.json())
    assert r.status_code == 502 and r.json() == {"detail": "Upstream unavailable"}
    fail.clear()
    client.get("/dashboard/7")
print("clients created:", len(clients_created), "with timeout", clients_created[0])
assert len(clients_created) == 1                    # one shared client for every request

# httpx defaults: 5 s timeout, 100 connections, 20 keep-alive
plain = httpx.AsyncClient()
print("defaults:", plain.timeout, httpx._config.DEFAULT_LIMITS)
assert plain.timeout == httpx.Timeout(5.0)
assert httpx._config.DEFAULT_LIMITS == httpx.Limits(max_connections=100, max_keepalive_connections=20)


# gather without return_exceptions raises the first error while the others keep running; TaskGroup cancels them
async def failing():
    await asyncio.sleep(0.05)
    raise RuntimeError("boom")


async def slow(log, name):
    try:
        await asyncio.sleep(0.3)
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    log = []
    try:
        await asyncio.gather(failing(), slow(log, "gather"))
    except RuntimeError:
        log.append("gather raised")
    await asyncio.sleep(0.4)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(slow(log, "taskgroup"))
    except* RuntimeError:
        log.append("taskgroup raised")
    return log


log = asyncio.run(main())
print("failure handling:", log)
assert log == ["gather raised", "gather finished", "taskgroup cancelled", "taskgroup raised"], log

r500 = httpx.Response(500, request=httpx.Request("GET", "http://x"))
try:
    r500.raise_for_status()
    raise AssertionError("no error")
except httpx.HTTPStatusError as exc:
    print("a 500 is a response; raise_for_status ->", type(exc).__name__)
print("OK async-concurrent-outbound-calls-httpx")
