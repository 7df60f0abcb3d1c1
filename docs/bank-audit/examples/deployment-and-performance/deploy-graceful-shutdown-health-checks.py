"""deploy-graceful-shutdown-health-checks: the answer's lifespan, /livez and /readyz as they stand. Stubs: settings,
create_pool (a pool whose execute can succeed, fail or hang). With TestClient: /readyz 503 "starting" before the
lifespan ran, 200 when ready, 503 "database unavailable" on an error and on a query slower than the 1 s timeout.
With a real Uvicorn on a free 127.0.0.1 port, a graceful shutdown (what SIGTERM sets off) during a slow request:
new connections are refused, the in-flight request finishes, then the code after yield runs; with
timeout_graceful_shutdown the slow request is cancelled instead. Not run: Kubernetes, preStop, probes, the
shell-form CMD (no container runtime here)."""
import asyncio
import socket
import threading
import time
from types import SimpleNamespace

import httpx
import uvicorn
from fastapi.testclient import TestClient

log: list[str] = []
settings = SimpleNamespace(db_url="postgresql://db/app")
mode = {"db": "ok"}


class _Pool:
    async def execute(self, sql):
        if mode["db"] == "down":
            raise ConnectionError("db down")
        if mode["db"] == "slow":
            await asyncio.sleep(5)
        return 1

    async def close(self):
        log.append("pool closed")


async def create_pool(url):
    log.append("pool created")
    return _Pool()


# --- the answer's code, as it stands ---
import asyncio
from contextlib import asynccontextmanager
from fastapi import FastAPI, HTTPException, Request

@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.pool = await create_pool(settings.db_url)
    app.state.ready = True
    yield
    app.state.ready = False
    await app.state.pool.close()

app = FastAPI(lifespan=lifespan)

@app.get("/livez")
async def livez():
    return {"status": "ok"}          # no I/O: proves the event loop answers

@app.get("/readyz")
async def readyz(request: Request):
    if not getattr(request.app.state, "ready", False):
        raise HTTPException(503, "starting")
    try:
        await asyncio.wait_for(request.app.state.pool.execute("SELECT 1"), timeout=1)
    except Exception:
        raise HTTPException(503, "database unavailable")
    return {"status": "ready"}


@app.get("/slow")
async def slow():
    try:
        await asyncio.sleep(0.8)
        log.append("slow request finished")
        return {"done": True}
    except asyncio.CancelledError:
        log.append("slow request cancelled")
        raise


no_lifespan = TestClient(app)
r = no_lifespan.get("/readyz")
print("before the lifespan ran:", r.status_code, r.json())
assert (r.status_code, r.json()) == (503, {"detail": "starting"})
with TestClient(app) as client:
    for m in ("ok", "down", "slow"):
        mode["db"] = m
        t0 = time.perf_counter()
        r = client.get("/readyz")
        took = time.perf_counter() - t0
        print(f"db {m}: /readyz {r.status_code} {r.json()} ({took:.1f}s); /livez {client.get('/livez').status_code}")
        expected = (200, {"status": "ready"}) if m == "ok" else (503, {"detail": "database unavailable"})
        assert (r.status_code, r.json()) == expected and client.get("/livez").status_code == 200
        assert took < 1.5
    mode["db"] = "ok"
print("lifespan:", log)
assert log == ["pool created", "pool closed"]
log.clear()


def run(**config):
    log.clear()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    server = uvicorn.Server(uvicorn.Config(app, http="h11", log_level="critical", **config))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    result = {}

    def slow_request():
        try:
            result["slow"] = httpx.get(base + "/slow").status_code
        except httpx.HTTPError as exc:
            result["slow"] = type(exc).__name__

    t = threading.Thread(target=slow_request)
    t.start()
    time.sleep(0.2)
    server.should_exit = True                         # what SIGTERM does
    time.sleep(0.1)
    try:
        result["new"] = httpx.get(base + "/livez", timeout=0.5).status_code
    except httpx.HTTPError as exc:
        result["new"] = type(exc).__name__
    t.join(5)
    thread.join(5)
    return result, list(log)


result, order = run()
print("graceful shutdown: in-flight ->", result["slow"], "| new connection ->", result["new"], "| order:", order)
assert result["slow"] == 200 and result["new"] == "ConnectError"
assert order == ["pool created", "slow request finished", "pool closed"]

result, order = run(timeout_graceful_shutdown=0.2)
print("timeout_graceful_shutdown=0.2: in-flight ->", result["slow"], "| order:", order)
assert order == ["pool created", "slow request cancelled", "pool closed"]
print("OK deploy-graceful-shutdown-health-checks")
