# middleware-pure-asgi-vs-basehttpmiddleware: the model answer's NoStoreForApi, the context-variable difference,
# WebSockets, a middleware that forgets the lifespan scope, and a body in several http.request messages.
import contextvars
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, WebSocket
from fastapi.responses import StreamingResponse
from fastapi.testclient import TestClient
from starlette.middleware.base import BaseHTTPMiddleware

# --- the model answer's code ---
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

class NoStoreForApi:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)          # websockets, lifespan, other paths
            return

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_wrapper)
# --- end ---

started = []
cv = contextvars.ContextVar("set_in_endpoint", default="unset")


@asynccontextmanager
async def lifespan(app):
    started.append(True)
    yield


def build():
    app = FastAPI(lifespan=lifespan)

    @app.get("/api/orders")
    async def orders():
        cv.set("from endpoint")
        return []

    @app.get("/public")
    async def public():
        return {}

    @app.get("/api/stream")
    async def stream():
        async def gen():
            for i in range(3):
                yield f"chunk{i}\n"
        return StreamingResponse(gen())

    @app.websocket("/ws")
    async def ws(websocket: WebSocket):
        await websocket.accept()
        await websocket.send_text("ok")
        await websocket.close()
    return app


app = build()
app.add_middleware(NoStoreForApi)
with TestClient(app) as c:
    print("/api/orders Cache-Control:", c.get("/api/orders").headers.get("cache-control"),
          "| /public:", c.get("/public").headers.get("cache-control"),
          "| /api/stream:", c.get("/api/stream").headers.get("cache-control"), repr(c.get("/api/stream").text))
    assert c.get("/api/orders").headers["cache-control"] == "no-store" and "cache-control" not in c.get("/public").headers
    with c.websocket_connect("/ws") as s:
        assert s.receive_text() == "ok"
assert started == [True]                      # lifespan passed through

# context variables set in the endpoint: visible after the call in pure ASGI, not in BaseHTTPMiddleware
seen = {}


class PureSpy:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        await self.app(scope, receive, send)
        if scope["type"] == "http":
            seen["pure ASGI"] = cv.get()


class BaseSpy(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        response = await call_next(request)
        seen["BaseHTTPMiddleware"] = cv.get()
        return response


for cls in (PureSpy, BaseSpy):
    a = build()
    a.add_middleware(cls)
    TestClient(a).get("/api/orders")
print("context variable after the endpoint set it:", seen)
assert seen == {"pure ASGI": "from endpoint", "BaseHTTPMiddleware": "unset"}

# BaseHTTPMiddleware is HTTP only: WebSockets pass it untouched
touched = []


class Touch(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        touched.append(request.url.path)
        return await call_next(request)


a = build()
a.add_middleware(Touch)
with TestClient(a).websocket_connect("/ws") as s:
    s.receive_text()
assert touched == []


# the pitfall: not passing lifespan through breaks startup
class Broken:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if not scope["path"].startswith("/api/"):       # lifespan scopes have no "path"
            return await self.app(scope, receive, send)
        await self.app(scope, receive, send)


b = build()
b.add_middleware(Broken)
try:
    with TestClient(b):
        raise AssertionError("startup should fail")
except KeyError as exc:
    print("middleware without the scope-type check, at startup:", repr(exc))


# a body can arrive in several http.request messages
messages = []


class CountBody:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        async def receive_wrapper():
            m = await receive()
            if m["type"] == "http.request":
                messages.append((len(m.get("body", b"")), m.get("more_body", False)))
            return m
        await self.app(scope, receive_wrapper, send)


d = FastAPI()


@d.post("/upload")
async def upload(request: Request):
    return {"size": len(await request.body())}


d.add_middleware(CountBody)
import asyncio


async def chunked_post(asgi):
    inbox = [{"type": "http.request", "body": b"a" * 10, "more_body": True},
             {"type": "http.request", "body": b"b" * 20, "more_body": True},
             {"type": "http.request", "body": b"c" * 30, "more_body": False}]
    out = []

    async def receive():
        return inbox.pop(0) if inbox else {"type": "http.disconnect"}

    async def send(m):
        out.append(m)
    await asgi({"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
                "scheme": "http", "path": "/upload", "raw_path": b"/upload", "query_string": b"", "root_path": "",
                "headers": [(b"host", b"t"), (b"transfer-encoding", b"chunked")], "server": ("t", 80),
                "client": ("c", 1)}, receive, send)
    return next(m["body"] for m in out if m["type"] == "http.response.body")


body = asyncio.run(chunked_post(d))
print("body messages seen by the middleware:", messages, "| endpoint got:", body)
assert body == b'{"size":60}' and messages == [(10, True), (20, True), (30, False)]
# reading only the first message would have seen 10 of the 60 bytes
print("OK middleware-pure-asgi-vs-basehttpmiddleware")
