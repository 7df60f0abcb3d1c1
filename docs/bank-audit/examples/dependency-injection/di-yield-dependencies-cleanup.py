# di-yield-dependencies-cleanup: the model answer's get_session with a stub AsyncSession; exceptions at the yield,
# cleanup order, when cleanup runs (default scope vs scope="function"), DependencyScopeError, the cache key.
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Annotated

import anyio
from fastapi import BackgroundTasks, Depends, FastAPI, HTTPException
from fastapi.exceptions import DependencyScopeError, FastAPIError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.testclient import TestClient

log = []


class AsyncSession:  # stub
    def __init__(self):
        self.closed = False

    async def rollback(self):
        log.append("rollback")

    async def close(self):
        self.closed = True
        log.append("close")


SessionLocal = AsyncSession

# --- the model answer's code ---
async def get_session() -> AsyncIterator[AsyncSession]:
    session = SessionLocal()
    try:
        yield session
    except Exception:
        await session.rollback()
        raise                      # let FastAPI and the logs see the error
    finally:
        await session.close()
# --- end ---

app = FastAPI()
SessionDep = Annotated[AsyncSession, Depends(get_session)]


class Boom(Exception):
    pass


@app.exception_handler(Boom)
async def boom_handler(request, exc):
    log.append("handler saw Boom")
    return JSONResponse({"error": "boom"}, status_code=418)


@app.get("/ok")
async def ok(session: SessionDep):
    log.append("endpoint")
    return {"ok": True}


@app.get("/fails")
async def fails(session: SessionDep):
    raise Boom()


client = TestClient(app)
assert client.get("/ok").json() == {"ok": True} and log == ["endpoint", "close"]
log.clear()
r = client.get("/fails")
print("endpoint raises:", r.status_code, r.json(), log)
assert r.status_code == 418 and log == ["rollback", "close", "handler saw Boom"]


# translate a domain error
class OrderLocked(Exception):
    pass


async def translating() -> AsyncIterator[None]:
    try:
        yield
    except OrderLocked:
        raise HTTPException(400, "Order is locked")


@app.get("/locked", dependencies=[Depends(translating)])
async def locked():
    raise OrderLocked()


r = client.get("/locked")
print("translated:", r.status_code, r.json())
assert r.status_code == 400


# swallowing: a plain 500, only a generic FastAPIError logged
async def swallowing() -> AsyncIterator[None]:
    try:
        yield
    except Exception:
        pass


@app.get("/swallowed", dependencies=[Depends(swallowing)])
async def swallowed():
    raise Boom()


# what reaches the server (uvicorn logs whatever the app raises): wrap the app and catch it
raised = []


async def server_view(scope, receive, send):
    try:
        await app(scope, receive, send)
    except Exception as exc:
        raised.append(exc)
        raise


r = TestClient(server_view, raise_server_exceptions=False).get("/swallowed")
print("swallowed:", r.status_code, r.text, [type(e).__name__ for e in raised])
assert r.status_code == 500 and r.text == "Internal Server Error"
err = raised[-1]
print("  FastAPIError says:", str(err)[:90], "... | __context__:", repr(err.__context__))
assert isinstance(err, FastAPIError) and "Response not awaited" in str(err) and err.__context__ is None
try:
    client.get("/swallowed")
    raise AssertionError
except FastAPIError:
    pass

# order: setup session then repo, cleanup in reverse; the repo can still use the session while cleaning up
async def get_repo(session: SessionDep) -> AsyncIterator[str]:
    log.append("repo setup")
    yield "repo"
    log.append(f"repo cleanup, session closed={session.closed}")


@app.get("/chain")
async def chain(repo: Annotated[str, Depends(get_repo)]):
    return {}


log.clear()
client.get("/chain")
print("chain:", log)
assert log == ["repo setup", "repo cleanup, session closed=False", "close"]

# timing: record what the server sends and when the cleanup runs
async def tracked() -> AsyncIterator[str]:
    log.append("setup")
    yield "resource"
    log.append("cleanup")


def bg():
    log.append("background task")


@app.get("/timing")
async def timing(r: Annotated[str, Depends(tracked)], tasks: BackgroundTasks):
    tasks.add_task(bg)
    return {"r": r}


@app.get("/timing-function")
async def timing_function(r: Annotated[str, Depends(tracked, scope="function")], tasks: BackgroundTasks):
    tasks.add_task(bg)
    return {"r": r}


@app.get("/stream")
async def stream(r: Annotated[str, Depends(tracked)]):
    async def gen():
        for i in range(2):
            log.append(f"chunk {i} uses {r}")
            yield f"{i}"
    return StreamingResponse(gen())


async def asgi_get(path):
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"", "headers": [],
             "server": ("test", 80), "client": ("test", 1)}
    done = anyio.Event()
    requested = False

    async def receive():
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await done.wait()
        return {"type": "http.disconnect"}

    async def send(message):
        if message["type"] == "http.response.body" and not message.get("more_body"):
            log.append("response sent")
            done.set()
        elif message["type"] == "http.response.start":
            log.append("response start")

    await app(scope, receive, send)


for path, expected in [
    ("/timing", ["setup", "response start", "response sent", "background task", "cleanup"]),
    ("/timing-function", ["setup", "cleanup", "response start", "response sent", "background task"]),
    ("/stream", ["setup", "response start", "chunk 0 uses resource", "chunk 1 uses resource", "response sent",
                 "cleanup"]),
]:
    log.clear()
    anyio.run(asgi_get, path)
    print(path, log)
    assert log == expected, log

# a request-scope yield dependency cannot depend on a scope="function" one: refused when the route is built
async def fn_scoped() -> AsyncIterator[int]:
    yield 1


async def req_scoped(x: Annotated[int, Depends(fn_scoped, scope="function")]) -> AsyncIterator[int]:
    yield x


try:
    @app.get("/bad-scope")
    async def bad_scope(v: Annotated[int, Depends(req_scoped)]):
        return v
    raise AssertionError("expected DependencyScopeError")
except DependencyScopeError as exc:
    print("DependencyScopeError at declaration:", str(exc)[:100])


# the scope is part of the cache key: two sessions
@app.get("/two")
async def two(a: SessionDep, b: Annotated[AsyncSession, Depends(get_session, scope="function")]):
    return {"same": a is b}


assert client.get("/two").json() == {"same": False}


# a sync generator: setup and cleanup in worker threads
where = {}


def sync_gen() -> Iterator[None]:
    where["setup"] = threading.current_thread().name
    yield
    where["cleanup"] = threading.current_thread().name


@app.get("/sync-gen", dependencies=[Depends(sync_gen)])
async def sync_gen_route():
    where["endpoint"] = threading.current_thread().name
    return {}


client.get("/sync-gen")
print("sync generator threads:", where)
assert where["setup"] != where["endpoint"] and where["cleanup"] != where["endpoint"]


# noticed in the record: a scope="function" dependency that swallows
async def swallowing_fn() -> AsyncIterator[None]:
    try:
        yield
    except Exception:
        pass


@app.get("/swallowed-fn")
async def swallowed_fn(_: Annotated[None, Depends(swallowing_fn, scope="function")]):
    raise Boom()


try:
    client.get("/swallowed-fn")
except Exception as exc:
    print("scope='function' swallowing raises:", type(exc).__name__, str(exc)[:100])
print("OK di-yield-dependencies-cleanup")
