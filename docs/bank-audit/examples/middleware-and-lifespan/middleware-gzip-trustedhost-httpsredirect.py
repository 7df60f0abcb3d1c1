# middleware-gzip-trustedhost-httpsredirect: the model answer's three middlewares, each table row checked, and the
# redirect loop behind a TLS-terminating proxy with Uvicorn's ProxyHeadersMiddleware (driven in-process, no port).
import asyncio
import inspect

from fastapi import FastAPI, Request, WebSocket
from fastapi.responses import StreamingResponse
from fastapi.testclient import TestClient
from starlette.middleware.gzip import GZipMiddleware as StarletteGZip
from uvicorn.config import Config
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware


def routes(app):
    @app.get("/big")
    async def big():
        return {"data": "x" * 2000}

    @app.get("/small")
    async def small():
        return {"data": "x" * 100}

    @app.get("/stream")
    async def stream():
        async def gen():
            for _ in range(50):
                yield "y" * 100
        return StreamingResponse(gen(), media_type="text/plain")

    @app.get("/where")
    async def where(request: Request):
        return {"url": str(request.url)}

    @app.websocket("/ws")
    async def ws(websocket: WebSocket):
        await websocket.accept()
        await websocket.close()


app = FastAPI()
routes(app)
# --- the model answer's code ---
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi.middleware.httpsredirect import HTTPSRedirectMiddleware

app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=5)
app.add_middleware(TrustedHostMiddleware,
                   allowed_hosts=["api.example.com", "*.internal.example.com"])
app.add_middleware(HTTPSRedirectMiddleware)
# --- end ---
assert GZipMiddleware is StarletteGZip

c = TestClient(app, base_url="https://api.example.com", follow_redirects=False)
r = c.get("/big", headers={"Accept-Encoding": "gzip"})
print("big:", r.status_code, r.headers.get("content-encoding"), "| small:",
      c.get("/small", headers={"Accept-Encoding": "gzip"}).headers.get("content-encoding"),
      "| stream:", c.get("/stream", headers={"Accept-Encoding": "gzip"}).headers.get("content-encoding"),
      "| no Accept-Encoding:", c.get("/big", headers={"Accept-Encoding": "identity"}).headers.get("content-encoding"))
assert r.headers["content-encoding"] == "gzip"
assert "content-encoding" not in c.get("/small", headers={"Accept-Encoding": "gzip"}).headers
assert c.get("/stream", headers={"Accept-Encoding": "gzip"}).headers["content-encoding"] == "gzip"
defaults = inspect.signature(StarletteGZip.__init__).parameters
print("GZip defaults:", defaults["minimum_size"].default, defaults["compresslevel"].default)
assert (defaults["minimum_size"].default, defaults["compresslevel"].default) == (500, 9)

# TrustedHost
for host, expected in [("api.example.com", 200), ("a.internal.example.com", 200), ("evil.test", 400),
                       ("10.0.0.7", 400), ("testserver", 400)]:
    r = TestClient(app, base_url=f"https://{host}").get("/where")
    print("Host", host, "->", r.status_code, r.text[:40])
    assert r.status_code == expected, host
assert TestClient(app, base_url="https://evil.test").get("/where").text == "Invalid host header"
www = FastAPI()
routes(www)
www.add_middleware(TrustedHostMiddleware, allowed_hosts=["www.example.com"], www_redirect=True)
r = TestClient(www, base_url="https://example.com", follow_redirects=False).get("/where")
print("www_redirect:", r.status_code, r.headers.get("location"))
assert r.status_code == 307 and r.headers["location"] == "https://www.example.com/where"

# HTTPSRedirect
h = TestClient(app, base_url="http://api.example.com", follow_redirects=False)
r = h.get("/where?x=1")
print("http ->", r.status_code, r.headers["location"])
assert r.status_code == 307 and r.headers["location"] == "https://api.example.com/where?x=1"
redirect_only = FastAPI()
routes(redirect_only)
redirect_only.add_middleware(HTTPSRedirectMiddleware)


async def ws_redirect(asgi):
    sent = []

    async def receive():
        return {"type": "websocket.connect"}

    async def send(message):
        sent.append(message)
    await asgi({"type": "websocket", "scheme": "ws", "path": "/ws", "raw_path": b"/ws", "query_string": b"",
                "headers": [(b"host", b"api.example.com")], "server": ("api.example.com", 80), "root_path": ""},
               receive, send)
    return sent


msgs = asyncio.run(ws_redirect(redirect_only))
print("ws ->", msgs[0]["status"], dict(msgs[0]["headers"])[b"location"])
assert msgs[0]["status"] == 307 and dict(msgs[0]["headers"])[b"location"] == b"wss://api.example.com/ws"

# behind a TLS-terminating proxy at 10.0.0.5: Uvicorn trusts proxy headers only from forwarded_allow_ips
print("Uvicorn defaults: proxy_headers =", Config(app).proxy_headers, "| forwarded_allow_ips =",
      Config(app).forwarded_allow_ips)
assert Config(app).proxy_headers is True and Config(app).forwarded_allow_ips == "127.0.0.1"


async def via_proxy(asgi):
    sent = []

    async def receive():
        return {"type": "http.request", "body": b""}

    async def send(message):
        sent.append(message)
    await asgi({"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
                "path": "/where", "raw_path": b"/where", "query_string": b"", "root_path": "",
                "headers": [(b"host", b"api.example.com"), (b"x-forwarded-proto", b"https"),
                            (b"x-forwarded-for", b"203.0.113.9")],
                "server": ("10.0.0.9", 8000), "client": ("10.0.0.5", 40000)}, receive, send)
    return sent[0]["status"], dict(sent[0]["headers"]).get(b"location")


for trusted in ("127.0.0.1", "10.0.0.5"):
    status, location = asyncio.run(via_proxy(ProxyHeadersMiddleware(app, trusted_hosts=trusted)))
    print(f"proxy at 10.0.0.5, forwarded_allow_ips={trusted}:", status, location)
    if trusted == "127.0.0.1":
        assert status == 307 and location == b"https://api.example.com/where"   # again and again: the loop
    else:
        assert status == 200
print("OK middleware-gzip-trustedhost-httpsredirect")
