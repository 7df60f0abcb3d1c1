# middleware-add-middleware-ordering: the model answer's three middlewares with a stub rate limiter that records
# the order; decorator and constructor order; the layers Starlette adds; the CORS-inside-limiter bug; late add.
from fastapi import FastAPI
from fastapi.middleware import Middleware
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

trace = []


class RateLimitMiddleware:  # stub pure-ASGI limiter: the first `per_minute` requests pass
    def __init__(self, app, per_minute: int):
        self.app, self.left = app, per_minute

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        trace.append("RateLimit in")
        if self.left <= 0:
            return await JSONResponse({"detail": "Too many requests"}, status_code=429)(scope, receive, send)
        self.left -= 1

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                enc = dict(message["headers"]).get(b"content-encoding")
                trace.append(f"RateLimit sees response, content-encoding={enc}")
            await send(message)
        await self.app(scope, receive, send_wrapper)


def routes(app):
    @app.get("/big")
    async def big():
        trace.append("endpoint")
        return {"data": "x" * 5000}

    @app.get("/crash")
    async def crash():
        raise RuntimeError("bug")


# --- the model answer's code ---
app = FastAPI()
app.add_middleware(GZipMiddleware, minimum_size=1000)                 # added 1st: innermost
app.add_middleware(RateLimitMiddleware, per_minute=120)               # added 2nd
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"])  # added 3rd: outermost
# --- end ---
routes(app)

c = TestClient(app, raise_server_exceptions=False)
H = {"Origin": "https://app.example.com", "Accept-Encoding": "gzip"}
r = c.get("/big", headers=H)
print("trace:", trace, "| response encoding:", r.headers.get("content-encoding"),
      "| CORS:", r.headers.get("access-control-allow-origin"))
assert trace == ["RateLimit in", "endpoint", "RateLimit sees response, content-encoding=b'gzip'"]
assert r.headers["access-control-allow-origin"] == "https://app.example.com"

app.build_middleware_stack()
layer, names = app.middleware_stack, []
while layer is not None and len(names) < 9:
    names.append(type(layer).__name__)
    layer = getattr(layer, "app", None)
print("stack:", " -> ".join(names))
assert names[:7] == ["ServerErrorMiddleware", "CORSMiddleware", "RateLimitMiddleware", "GZipMiddleware",
                     "ExceptionMiddleware", "AsyncExitStackMiddleware", "APIRouter"]

# a 404 passes back through the user middleware, a crash-500 is made outside it
r404, r500 = c.get("/nope", headers=H), c.get("/crash", headers=H)
print("404 CORS:", r404.headers.get("access-control-allow-origin"), "| 500 CORS:", r500.headers.get("access-control-allow-origin"))
assert r404.headers.get("access-control-allow-origin") and "access-control-allow-origin" not in r500.headers

# decorator order and constructor order
order = []
d = FastAPI()


@d.middleware("http")
async def first(request, call_next):
    order.append("first")
    return await call_next(request)


@d.middleware("http")
async def second(request, call_next):
    order.append("second")
    return await call_next(request)
routes(d)
TestClient(d).get("/big")
print("decorators, request order:", order)
assert order == ["second", "first"]


class Tag:
    def __init__(self, app, name):
        self.app, self.name = app, name

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            order.append(self.name)
        await self.app(scope, receive, send)


order.clear()
k = FastAPI(middleware=[Middleware(Tag, name="A"), Middleware(Tag, name="B")])
routes(k)
TestClient(k).get("/big")
print("middleware=[A, B], request order:", order)
assert order == ["A", "B"]

# the bug: CORS added first sits inside the limiter, so a 429 has no CORS headers
def limited(cors_first: bool):
    a = FastAPI()
    routes(a)
    if cors_first:
        a.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"])
        a.add_middleware(RateLimitMiddleware, per_minute=1)
    else:
        a.add_middleware(RateLimitMiddleware, per_minute=1)
        a.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"])
    cl = TestClient(a)
    cl.get("/big", headers=H)
    return cl


for cors_first in (True, False):
    cl = limited(cors_first)
    r = cl.get("/big", headers=H)
    pre = cl.options("/big", headers={"Origin": "https://app.example.com", "Access-Control-Request-Method": "GET"})
    print(f"CORS added {'first (inner)' if cors_first else 'last (outer)'}: 429 CORS header =",
          r.headers.get("access-control-allow-origin"), "| preflight:", pre.status_code)
    assert r.status_code == 429
    if cors_first:
        assert "access-control-allow-origin" not in r.headers and pre.status_code == 429
    else:
        assert r.headers["access-control-allow-origin"] == "https://app.example.com" and pre.status_code == 200

# adding middleware after the app has started
try:
    app.add_middleware(GZipMiddleware)
    raise AssertionError("expected RuntimeError")
except RuntimeError as exc:
    print("add_middleware after start:", exc)
print("OK middleware-add-middleware-ordering")
