"""async-threadpool-for-sync-code: each item of the answer's list, recorded with the thread it ran in and how many
tokens of AnyIO's default limiter were in use at that moment (captured on the loop, read in the thread): a def
endpoint, a def dependency, a def endpoint's response validation, the code before and after yield in a sync yield
dependency, a sync background task, a sync iterator given to StreamingResponse, run_in_threadpool. Then the
exit's own limiter in action (with the default limiter cut to 1 token, a held token does not delay a yield
dependency's cleanup), and the answer's lifespan snippet that raises the limit to 100."""
import asyncio
import threading
import time
from contextlib import asynccontextmanager
from typing import Annotated

import anyio.to_thread
import httpx
from fastapi import BackgroundTasks, Depends, FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel, field_validator

seen: dict[str, tuple[str, int]] = {}
state: dict = {}


def note(label):
    seen[label] = (threading.current_thread().name, state["limiter"].borrowed_tokens)


async def capture():
    state["limiter"] = anyio.to_thread.current_default_thread_limiter()


def sync_dep():
    note("def dependency")
    return 1


def sync_yield_dep():
    note("sync yield dependency, before yield")
    yield 2
    note("sync yield dependency, after yield")


class Out(BaseModel):
    x: int

    @field_validator("x")
    @classmethod
    def check(cls, v):
        note("response validation of a def endpoint")
        return v


app = FastAPI()


@app.get("/sync", response_model=Out)
def sync_endpoint(a: Annotated[int, Depends(sync_dep)], b: Annotated[int, Depends(sync_yield_dep)],
                  tasks: BackgroundTasks):
    note("def endpoint")
    tasks.add_task(note, "sync background task")
    return {"x": a + b}


@app.get("/stream")
async def stream():
    def chunks():
        note("sync iterator of StreamingResponse")
        yield "a"
    return StreamingResponse(chunks())


@app.get("/own")
async def own():
    await run_in_threadpool(note, "run_in_threadpool")
    return {}


with TestClient(app) as client:
    client.portal.call(capture)
    assert client.get("/sync").json() == {"x": 3}
    client.get("/stream")
    client.get("/own")

for k, (thread, tokens) in seen.items():
    print(f"{k:42} {thread:22} default tokens in use: {tokens}")
assert all(t.startswith("AnyIO worker thread") for t, _ in seen.values()), seen
for k in ("def dependency", "sync yield dependency, before yield", "def endpoint",
          "response validation of a def endpoint", "sync background task",
          "sync iterator of StreamingResponse", "run_in_threadpool"):
    assert seen[k][1] == 1, k                       # each holds one token of the shared limiter
assert seen["sync yield dependency, after yield"][1] == 0     # the exit used its own CapacityLimiter(1)

# the exit never waits for a shared token
app2 = FastAPI()
log: list[tuple[str, float]] = []
T0 = [0.0]


def conn_dep():
    yield "conn"
    log.append(("cleanup of B's yield dependency", round(time.perf_counter() - T0[0], 2)))


@app2.get("/b")
async def b(conn: Annotated[str, Depends(conn_dep)]):
    await asyncio.sleep(0.1)
    return {}


@app2.get("/a")
def a():
    time.sleep(0.5)                                 # holds the only token
    log.append(("A's sync endpoint done", round(time.perf_counter() - T0[0], 2)))
    return {}


async def race():
    anyio.to_thread.current_default_thread_limiter().total_tokens = 1
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app2), base_url="http://t") as c:
        T0[0] = time.perf_counter()

        async def later_a():
            await asyncio.sleep(0.05)
            await c.get("/a")

        await asyncio.gather(c.get("/b"), later_a())


asyncio.run(race())
print("one shared token:", log)
assert log[0][0].startswith("cleanup") and log[0][1] < 0.3, log


# --- the answer's lifespan snippet, as it stands ---
@asynccontextmanager
async def lifespan(app: FastAPI):
    anyio.to_thread.current_default_thread_limiter().total_tokens = 100
    yield

app3 = FastAPI(lifespan=lifespan)


@app3.get("/tokens")
async def tokens():
    return {"total": anyio.to_thread.current_default_thread_limiter().total_tokens}


with TestClient(app3) as client:
    print("after the lifespan snippet:", client.get("/tokens").json())
    assert client.get("/tokens").json() == {"total": 100}
print("OK async-threadpool-for-sync-code")
