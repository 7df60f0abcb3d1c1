# security-cors-credentials-wildcards: the model answer's CORS setup, the wildcard-with-credentials variant, defaults,
# middleware order, the 500 without CORS headers, and set_cookie's default SameSite.
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from starlette.middleware.base import BaseHTTPMiddleware

reached = []


def make_app() -> FastAPI:
    app = FastAPI()

    @app.api_route("/orders", methods=["GET", "POST", "OPTIONS"])
    async def orders(response: Response):
        reached.append("route")
        response.headers["X-Request-ID"] = "r-1"
        return {"ok": True}

    @app.get("/crash")
    async def crash():
        raise RuntimeError("bug")

    return app


APP = "https://app.example.com"
EVIL = "https://evil.test"
def pre(origin, method="POST", headers="content-type"):
    h = {"Origin": origin, "Access-Control-Request-Method": method}
    if headers:
        h["Access-Control-Request-Headers"] = headers
    return h


app = make_app()
# --- the model answer's code ---
from fastapi.middleware.cors import CORSMiddleware

app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example.com"],
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH", "DELETE"],
    allow_headers=["Authorization", "Content-Type"],
    expose_headers=["X-Request-ID"],
    max_age=600,
)
# --- end ---
c = TestClient(app, raise_server_exceptions=False)

reached.clear()
r = c.options("/orders", headers=pre(APP))
print("preflight from the app:", r.status_code, {k: v for k, v in r.headers.items() if k.startswith("access")})
assert r.status_code == 200 and r.headers["access-control-allow-origin"] == APP
assert r.headers["access-control-allow-credentials"] == "true" and r.headers["access-control-max-age"] == "600"
r = c.options("/orders", headers=pre(EVIL))
print("preflight from elsewhere:", r.status_code, r.text, "ACAO" , r.headers.get("access-control-allow-origin"))
assert r.status_code == 400 and "access-control-allow-origin" not in r.headers
r = c.options("/orders", headers=pre(APP, method="PUT"))
assert r.status_code == 400
assert reached == []   # preflights answered by the middleware, the route (which accepts OPTIONS) never ran
r = c.post("/orders", headers={"Origin": APP, "Cookie": "session=1"})
print("actual request:", r.status_code, r.headers.get("access-control-allow-origin"),
      r.headers.get("access-control-expose-headers"))
assert r.headers["access-control-allow-origin"] == APP and r.headers["access-control-expose-headers"] == "X-Request-ID"
r = c.post("/orders", headers={"Origin": EVIL})
assert "access-control-allow-origin" not in r.headers and r.status_code == 200   # not authentication: it still ran

# the wildcard with credentials: Starlette accepts it and echoes the caller's origin
wild = make_app()
wild.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"],
                    allow_headers=["*"])
w = TestClient(wild)
r = w.options("/orders", headers=pre(EVIL))
print("wildcard preflight from evil:", r.status_code, r.headers.get("access-control-allow-origin"),
      r.headers.get("access-control-allow-credentials"))
assert r.headers["access-control-allow-origin"] == EVIL and r.headers["access-control-allow-credentials"] == "true"
r = w.get("/orders", headers={"Origin": EVIL, "Cookie": "session=1"})
print("wildcard GET with cookie from evil:", r.headers.get("access-control-allow-origin"))
assert r.headers["access-control-allow-origin"] == EVIL
r = w.get("/orders", headers={"Origin": EVIL})
print("wildcard GET without cookie:", r.headers.get("access-control-allow-origin"))
assert r.headers["access-control-allow-origin"] == "*"

# the regex suggestion matches subdomains only
rx = make_app()
rx.add_middleware(CORSMiddleware, allow_origin_regex=r"https://[a-z0-9-]+\.example\.com", allow_credentials=True)
x = TestClient(rx)
assert x.get("/orders", headers={"Origin": "https://shop.example.com"}).headers["access-control-allow-origin"] \
    == "https://shop.example.com"
assert "access-control-allow-origin" not in x.get("/orders", headers={"Origin": "https://evilexample.com"}).headers

# defaults: only GET, no extra request headers
d = make_app()
d.add_middleware(CORSMiddleware, allow_origins=[APP])
dc = TestClient(d)
print("default, preflight POST:", dc.options("/orders", headers=pre(APP, "POST", "")).status_code,
      "| GET:", dc.options("/orders", headers=pre(APP, "GET", "")).status_code,
      "| GET + x-custom header:", dc.options("/orders", headers=pre(APP, "GET", "x-custom")).status_code)
assert dc.options("/orders", headers=pre(APP, "POST", "")).status_code == 400
assert dc.options("/orders", headers=pre(APP, "GET", "")).status_code == 200
assert dc.options("/orders", headers=pre(APP, "GET", "x-custom")).status_code == 400
r = dc.get("/orders", headers={"Origin": APP})
assert "access-control-expose-headers" not in r.headers   # X-Request-ID not exposed by default


# order: a middleware that short-circuits with 401
class Auth(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        if "authorization" not in request.headers:
            return JSONResponse({"detail": "no"}, status_code=401)
        return await call_next(request)


last = make_app()
last.add_middleware(Auth)
last.add_middleware(CORSMiddleware, allow_origins=[APP])        # added last: outermost
first = make_app()
first.add_middleware(CORSMiddleware, allow_origins=[APP])       # added first: inside Auth
first.add_middleware(Auth)
r1 = TestClient(last).get("/orders", headers={"Origin": APP})
r2 = TestClient(first).get("/orders", headers={"Origin": APP})
print("401 with CORS added last:", r1.status_code, r1.headers.get("access-control-allow-origin"),
      "| added first:", r2.status_code, r2.headers.get("access-control-allow-origin"))
assert r1.headers.get("access-control-allow-origin") == APP and "access-control-allow-origin" not in r2.headers

# a 500 comes from ServerErrorMiddleware, outside CORS: no CORS headers
r = c.get("/crash", headers={"Origin": APP})
print("500:", r.status_code, r.headers.get("access-control-allow-origin"))
assert r.status_code == 500 and "access-control-allow-origin" not in r.headers

# set_cookie's default SameSite is lax
resp = Response()
resp.set_cookie("session", "x", secure=True, httponly=True)
print("set_cookie:", resp.headers["set-cookie"])
assert "samesite=lax" in resp.headers["set-cookie"].lower()
print("OK security-cors-credentials-wildcards")
