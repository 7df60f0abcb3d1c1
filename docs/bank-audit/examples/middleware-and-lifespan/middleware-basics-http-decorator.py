# middleware-basics-http-decorator: the model answer's maintenance_and_headers middleware with a stub settings
# object; short-circuit, 404s and /docs, WebSockets, BaseHTTPMiddleware, and expose_headers.
from types import SimpleNamespace

from fastapi import WebSocket
from fastapi.middleware.cors import CORSMiddleware
from fastapi.testclient import TestClient
from starlette.middleware.base import BaseHTTPMiddleware

settings = SimpleNamespace(maintenance_mode=False)
ran = []

# --- the model answer's code ---
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()

@app.middleware("http")
async def maintenance_and_headers(request: Request, call_next):
    if settings.maintenance_mode and request.url.path != "/health":
        return JSONResponse({"detail": "Down for maintenance"}, status_code=503)
    response = await call_next(request)        # the rest of the app runs here
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
# --- end ---


@app.get("/orders")
async def orders():
    ran.append("orders")
    return []


@app.get("/health")
async def health():
    return {"ok": True}


ws_seen = []


@app.websocket("/ws")
async def ws(websocket: WebSocket):
    await websocket.accept()
    await websocket.send_text("hi")
    await websocket.close()


c = TestClient(app)
for path in ("/orders", "/nope", "/docs", "/openapi.json"):
    r = c.get(path)
    print(path, r.status_code, "X-Content-Type-Options:", r.headers.get("x-content-type-options"))
    assert r.headers["x-content-type-options"] == "nosniff"
settings.maintenance_mode = True
ran.clear()
r = c.get("/orders")
print("maintenance, /orders:", r.status_code, r.json(), "| endpoint ran:", ran)
assert r.status_code == 503 and ran == [] and "x-content-type-options" not in r.headers
r = c.get("/health")
assert r.status_code == 200 and r.headers["x-content-type-options"] == "nosniff"
# WebSockets pass through untouched, even in maintenance mode
with c.websocket_connect("/ws") as s:
    print("websocket during maintenance:", s.receive_text())
settings.maintenance_mode = False

# under the hood: BaseHTTPMiddleware
m = app.user_middleware[0]
print("registered as:", m.cls.__name__)
assert m.cls is BaseHTTPMiddleware

# the custom header is not readable from cross-origin JavaScript unless exposed
for expose in ([], ["X-Content-Type-Options"]):
    a = FastAPI()
    a.middleware("http")(maintenance_and_headers)
    a.get("/orders")(orders)
    a.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], expose_headers=expose)
    r = TestClient(a).get("/orders", headers={"Origin": "https://app.example.com"})
    print("expose_headers", expose, "->", r.headers.get("access-control-expose-headers"))
    assert (r.headers.get("access-control-expose-headers") is None) == (expose == [])
print("OK middleware-basics-http-decorator")
