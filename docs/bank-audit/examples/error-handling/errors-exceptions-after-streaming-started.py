# errors-exceptions-after-streaming-started: the naive stream with a DatabaseError handler, the same stream through a
# real Uvicorn on 127.0.0.1 (truncated chunked body, "Exception in ASGI application"), FastAPI's JSON Lines stream
# failing mid-way, and the model answer's design (fail early, in-band error record, end marker).
import json
import logging
import socket
import threading
import time
from collections.abc import AsyncIterable, AsyncIterator
from typing import Annotated

import uvicorn
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import ResponseValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.sse import ServerSentEvent
from fastapi.testclient import TestClient
from pydantic import BaseModel

logger = logging.getLogger("exports")
logger.propagate = False
export_log = []
_h = logging.Handler()
_h.emit = lambda rec: export_log.append((rec.getMessage(), type(rec.exc_info[1]).__name__))
logger.addHandler(_h)
events = []


class DatabaseError(Exception):
    pass


FAIL_AT = {"row": None}   # row index at which the "database" fails


class FakeSession:
    pass


async def get_session() -> AsyncIterator[FakeSession]:
    s = FakeSession()
    events.append("session open")
    try:
        yield s
    except Exception as exc:
        events.append(f"session got {type(exc).__name__} at its yield: rollback")
        raise
    finally:
        events.append("session closed")


SessionDep = Annotated[FakeSession, Depends(get_session)]


async def stream_orders(session: FakeSession) -> AsyncIterator[dict]:
    for i in range(4):
        if FAIL_AT["row"] == i:
            raise DatabaseError("connection lost")
        yield {"id": i}


# ---------------------------------------------------------------- 1. the naive stream and the team's handler
naive = FastAPI()


@naive.exception_handler(DatabaseError)
async def db_handler(request: Request, exc: DatabaseError):
    events.append("db_handler called")
    return JSONResponse({"detail": "database error"}, status_code=503)


@naive.get("/exports/orders")
async def naive_export(session: SessionDep, fail_at: int | None = None):
    FAIL_AT["row"] = fail_at

    async def body():
        async for row in stream_orders(session):
            yield json.dumps(row) + "\n"
    return StreamingResponse(body(), media_type="application/jsonl")


try:
    TestClient(naive).get("/exports/orders", params={"fail_at": 2})
    raise AssertionError("expected an error")
except RuntimeError as exc:
    print("1. handled exception after the start:", repr(exc), "| from", repr(exc.__cause__))
    assert str(exc) == "Caught handled exception, but response already started."
    assert isinstance(exc.__cause__, DatabaseError) and "db_handler called" not in events

# raising HTTPException inside the generator ends the same way
@naive.get("/exports/http")
async def http_in_generator():
    async def body():
        yield "first\n"
        raise HTTPException(503, "gone")
    return StreamingResponse(body())


try:
    TestClient(naive).get("/exports/http")
    raise AssertionError("expected an error")
except RuntimeError as exc:
    print("   HTTPException in the generator:", repr(exc))
    assert str(exc) == "Caught handled exception, but response already started."

# no matching handler, but a 500 handler: it is called, its response dropped, the exception re-raised
plain = FastAPI()


@plain.exception_handler(500)
async def five_hundred(request, exc):
    events.append("500 handler called")
    return JSONResponse({"detail": "oops"}, status_code=500)


@plain.get("/exports/orders")
async def plain_export(session: SessionDep, fail_at: int | None = None):
    return await naive_export(session, fail_at)

sent = []


async def run_asgi(app, path):
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
             "path": path, "raw_path": path.encode(), "root_path": "", "query_string": b"fail_at=2",
             "headers": [], "server": ("t", 80), "client": ("t", 1)}
    got = False

    async def receive():
        nonlocal got
        if not got:
            got = True
            return {"type": "http.request", "body": b""}
        await anyio.sleep(10)

    async def send(m):
        sent.append((m["type"], m.get("status"), m.get("body")))
    await app(scope, receive, send)

import anyio

events.clear()
try:
    anyio.run(run_asgi, plain, "/exports/orders")
except DatabaseError:
    print("   no handler: re-raised DatabaseError; 500 handler called:", "500 handler called" in events,
          "| messages sent:", sent)
assert sent[0][:2] == ("http.response.start", 200) and all(m[0] != "http.response.start" or m[1] == 200 for m in sent)
assert "500 handler called" in events
assert not any(b and b"oops" in b for _, _, b in sent)                     # the 500 handler's body was dropped
assert "session got DatabaseError at its yield: rollback" in events        # request-scope dependency still open

# ---------------------------------------------------------------- 2. the same through Uvicorn
logs = []


class Keep(logging.Handler):
    def emit(self, record):
        logs.append(record.getMessage())


sock = socket.socket()
sock.bind(("127.0.0.1", 0))
port = sock.getsockname()[1]
config = uvicorn.Config(naive, log_level="error", log_config=None, lifespan="off")
server = uvicorn.Server(config)
logging.getLogger("uvicorn.error").addHandler(Keep())
logging.getLogger("uvicorn.error").propagate = False
t = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
t.start()
while not server.started:
    time.sleep(0.02)
raw = b""
with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
    s.sendall(b"GET /exports/orders?fail_at=2 HTTP/1.1\r\nHost: x\r\n\r\n")
    while chunk := s.recv(65536):                                          # ends when the server closes
        raw += chunk
server.should_exit = True
t.join(5)
head, _, body = raw.partition(b"\r\n\r\n")
print("2. Uvicorn:", head.split(b"\r\n")[0].decode(), "| body:", body, "| final 0-chunk:", body.endswith(b"0\r\n\r\n"))
print("   logged:", [m for m in logs if "ASGI" in m])
assert head.startswith(b"HTTP/1.1 200") and b"transfer-encoding: chunked" in head.lower()
assert b'{"id": 1}' in body and not body.endswith(b"0\r\n\r\n")
assert "Exception in ASGI application" in logs[0] or any("Exception in ASGI application" in m for m in logs)

# ---------------------------------------------------------------- 3. FastAPI's own JSON Lines stream
class Item(BaseModel):
    name: str


jl = FastAPI()


@jl.get("/items/stream")
async def stream_items() -> AsyncIterable[Item]:
    yield Item(name="ok")
    yield {"name": None}          # fails the declared type mid-stream


sent.clear()
try:
    anyio.run(run_asgi, jl, "/items/stream")
    raise AssertionError("expected ResponseValidationError")
except ResponseValidationError as exc:
    print("3. JSON Lines:", type(exc).__name__, "after sending", sent[:2])
    assert sent[0][:2] == ("http.response.start", 200) and b"ok" in sent[1][2]
assert ServerSentEvent(event="error", data={"code": "export_failed"}).event == "error"

# ---------------------------------------------------------------- 4. the model answer's design
app = FastAPI()

# --- the model answer's code ---
@app.get("/exports/orders")
async def export_orders(session: SessionDep):
    rows = stream_orders(session)
    try:
        first = await anext(rows, None)          # fail here -> a real 503
    except DatabaseError:
        raise HTTPException(503, "Export unavailable")

    async def body():
        try:
            if first is not None:
                yield json.dumps(first) + "\n"
                async for row in rows:
                    yield json.dumps(row) + "\n"
            yield json.dumps({"done": True}) + "\n"
        except DatabaseError:
            logger.exception("export failed mid-stream")
            yield json.dumps({"error": {"code": "export_failed"}}) + "\n"

    return StreamingResponse(body(), media_type="application/jsonl")
# --- end ---


c = TestClient(app)
for fail_at in (None, 0, 2):
    FAIL_AT["row"] = fail_at
    events.clear()
    r = c.get("/exports/orders")
    lines = [json.loads(x) for x in r.text.splitlines()] if r.status_code == 200 else r.json()
    print(f"4. fail_at={fail_at}:", r.status_code, lines, events)
    if fail_at is None:
        assert r.status_code == 200 and lines[-1] == {"done": True} and len(lines) == 5
    elif fail_at == 0:
        assert r.status_code == 503 and lines == {"detail": "Export unavailable"}
    else:
        assert r.status_code == 200 and lines == [{"id": 0}, {"id": 1}, {"error": {"code": "export_failed"}}]
        assert export_log == [("export failed mid-stream", "DatabaseError")]

# a scope="function" session is already closed while the stream runs
fn = FastAPI()


@fn.get("/x")
async def x(session: Annotated[FakeSession, Depends(get_session, scope="function")]):
    async def body():
        events.append("streaming")
        yield "x"
    return StreamingResponse(body())


events.clear()
TestClient(fn).get("/x")
print("scope='function':", events)
assert events.index("session closed") < events.index("streaming")
print("OK errors-exceptions-after-streaming-started")
