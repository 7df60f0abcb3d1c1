# lifespan-sharing-resources-state: the model answer's lifespan, state and dependencies with aiosqlite, an httpx
# client and a stub Classifier; the shallow copy, overrides, app.state, and a module-level loop-bound object.
import asyncio
import os
import tempfile
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import SimpleNamespace
from typing import Annotated, TypedDict

import httpx
from fastapi import Depends, FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

settings = SimpleNamespace(db_url=f"sqlite+aiosqlite:///{os.path.join(tempfile.mkdtemp(), 'x.db')}",
                           model_path="/models/clf.bin")
loads = []


class Classifier:
    @classmethod
    def load(cls, path):
        loads.append((path, threading.current_thread().name))
        return cls()

    def predict(self, x):
        return len(x) % 2


# --- the model answer's code ---
class AppState(TypedDict):
    http: httpx.AsyncClient
    engine: AsyncEngine
    model: Classifier

@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[AppState]:
    engine = create_async_engine(settings.db_url, pool_size=10, max_overflow=5)
    model = await run_in_threadpool(Classifier.load, settings.model_path)
    async with httpx.AsyncClient(timeout=5.0) as http:
        yield {"http": http, "engine": engine, "model": model}
    await engine.dispose()

app = FastAPI(lifespan=lifespan)

def get_http(request: Request) -> httpx.AsyncClient:
    return request.state.http

async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with AsyncSession(request.state.engine) as session:
        yield session

Http = Annotated[httpx.AsyncClient, Depends(get_http)]
DbSession = Annotated[AsyncSession, Depends(get_session)]
# --- end ---

seen = []


@app.get("/check")
async def check(http: Http, db: DbSession, request: Request):
    one = await db.scalar(text("SELECT 1"))
    seen.append((id(http), id(request.state.model), id(request.state._state)))
    request.state.per_request = "only mine"
    return {"db": one, "http_closed": http.is_closed, "model": request.state.model.predict("abc"),
            "pool": type(request.state.engine.pool).__name__, "pool_size": request.state.engine.pool.size()}


@app.get("/leak")
async def leak(request: Request):
    return {"has_per_request": hasattr(request.state, "per_request")}


with TestClient(app) as client:
    r1 = client.get("/check").json()
    r2 = client.get("/check").json()
    print("requests:", r1, "| model loaded in:", loads)
    assert r1["db"] == 1 and r1["http_closed"] is False and r1["pool_size"] == 10
    assert loads[0][1] != threading.main_thread().name and "AnyIO" in loads[0][1]
    assert seen[0][0] == seen[1][0] and seen[0][1] == seen[1][1]     # the same client and model objects
    assert seen[0][2] != seen[1][2]                                  # but a separate (shallow) state dict per request
    assert client.get("/leak").json() == {"has_per_request": False}

# the override swaps the client without a real lifespan
class FakeClient:
    is_closed = False


app.dependency_overrides[get_http] = lambda: FakeClient()
app.dependency_overrides[get_session] = lambda: SimpleNamespace(scalar=lambda q: asyncio.sleep(0, result=1))


@app.get("/only-http")
async def only_http(http: Http):
    return {"type": type(http).__name__}


r = TestClient(app).get("/only-http")       # no `with`: no lifespan ran
print("override without the lifespan:", r.json())
assert r.json() == {"type": "FakeClient"}
app.dependency_overrides.clear()

# without `with`, the lifespan does not run and request.state is empty
r = TestClient(app, raise_server_exceptions=False).get("/only-http")
print("no `with`, no override:", r.status_code)
assert r.status_code == 500

# app.state works too
@asynccontextmanager
async def lifespan2(app: FastAPI):
    app.state.http = httpx.AsyncClient()
    yield
    await app.state.http.aclose()


app2 = FastAPI(lifespan=lifespan2)


@app2.get("/x")
async def x(request: Request):
    return {"closed": request.app.state.http.is_closed}


with TestClient(app2) as c2:
    assert c2.get("/x").json() == {"closed": False}
assert app2.state.http.is_closed

# a module-level async object bound to the first event loop breaks under a second one
queue = asyncio.Queue()
app3 = FastAPI()


@app3.get("/q")
async def q():
    try:
        await asyncio.wait_for(queue.get(), 0.01)
    except TimeoutError:
        pass
    return {}


with TestClient(app3) as c3:
    c3.get("/q")
try:
    with TestClient(app3) as c3:
        c3.get("/q")
    raise AssertionError("expected a RuntimeError on the second loop")
except RuntimeError as exc:
    print("module-level Queue under a second event loop:", exc)
    assert "different event loop" in str(exc)
print("OK lifespan-sharing-resources-state")
