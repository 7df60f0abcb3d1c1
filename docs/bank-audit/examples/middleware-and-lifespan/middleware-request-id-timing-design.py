# middleware-request-id-timing-design: the model answer's RequestContextMiddleware with a logging filter, checked for
# IDs, logs, errors, route templates under include_router(prefix=...), duration with background tasks, CORS.
import logging
import re
import time
from contextvars import ContextVar
from uuid import uuid4

from fastapi import APIRouter, BackgroundTasks, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)


access_log = logging.getLogger("access")
app_log = logging.getLogger("app")
for lg in (access_log, app_log):
    lg.setLevel(logging.INFO)
    lg.addHandler(Keep())
    lg.propagate = False

# --- the model answer's code ---
request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)
VALID_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

class RequestContextMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = Headers(scope=scope).get("x-request-id", "")
        rid = incoming if VALID_ID.match(incoming) else uuid4().hex
        token = request_id_var.set(rid)
        scope.setdefault("state", {})["request_id"] = rid      # request.state.request_id
        status, start = 500, time.perf_counter()

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message)["X-Request-ID"] = rid
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = scope.get("route")
            access_log.info("request", extra={
                "method": scope["method"], "route": getattr(route, "path", "unmatched"),
                "status": status, "ms": round((time.perf_counter() - start) * 1000, 1)})
            request_id_var.reset(token)
# --- end ---


class RequestIdFilter(logging.Filter):           # the filter the answer describes
    def filter(self, record):
        record.request_id = request_id_var.get()
        return True


for lg in (access_log, app_log):
    lg.addFilter(RequestIdFilter())

app = FastAPI()
orders = APIRouter()


@orders.get("/orders/{order_id}")
async def get_order(order_id: int, tasks: BackgroundTasks):
    app_log.info("loading order")
    tasks.add_task(slow_task)
    return {"id": order_id}


def slow_task():
    time.sleep(0.2)
    app_log.info("background task")


@app.get("/boom")
async def boom():
    raise RuntimeError("bug")


class Domain(Exception):
    pass


@app.exception_handler(Domain)
async def domain(request: Request, exc: Domain):
    return JSONResponse({"code": "domain", "request_id": request.state.request_id}, status_code=409)


@app.get("/domain")
async def domain_route():
    raise Domain()


app.include_router(orders, prefix="/v1")
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], expose_headers=["X-Request-ID"])
app.add_middleware(RequestContextMiddleware)           # added last: outermost user middleware
c = TestClient(app, raise_server_exceptions=False)

records.clear()
r = c.get("/v1/orders/7", headers={"Origin": "https://app.example.com"})
rid = r.headers["x-request-id"]
lines = [(rec.name, rec.getMessage(), rec.request_id, getattr(rec, "route", None), getattr(rec, "ms", None))
         for rec in records]
print("generated id:", rid, "| log:", lines, "| expose:", r.headers.get("access-control-expose-headers"))
assert re.fullmatch(r"[0-9a-f]{32}", rid)
assert all(rec.request_id == rid for rec in records)               # endpoint, background task and access log
assert [rec.getMessage() for rec in records] == ["loading order", "background task", "request"]
access = records[-1]
assert access.route == "/orders/{order_id}"                         # template without the include_router prefix
assert access.ms >= 200                                              # includes the background task
assert r.headers["access-control-expose-headers"] == "X-Request-ID"

r = c.get("/v1/orders/7", headers={"X-Request-ID": "upstream-id-123"})
assert r.headers["x-request-id"] == "upstream-id-123"
for bad in ["short", "x" * 65, "evil\u2028id-12345".encode("utf-8"), "a b c d e f g h", "id-12345\\nfake log"]:
    r = c.get("/v1/orders/1", headers={"X-Request-ID": bad})
    assert r.headers["x-request-id"] != bad and re.fullmatch(r"[0-9a-f]{32}", r.headers["x-request-id"])

# the error body gets the id from request.state
r = c.get("/domain")
print("domain error:", r.json(), r.headers["x-request-id"])
assert r.json()["request_id"] == r.headers["x-request-id"]

# an unhandled error: logged as 500, re-raised, the outer 500 has no header
records.clear()
raised = []


async def server(scope, receive, send):
    try:
        await app(scope, receive, send)
    except Exception as exc:
        raised.append(exc)
        raise


r = TestClient(server, raise_server_exceptions=False).get("/boom")
print("crash:", r.status_code, "X-Request-ID:", r.headers.get("x-request-id"), "| access log status:",
      records[-1].status, "| re-raised:", [type(e).__name__ for e in raised])
assert r.status_code == 500 and "x-request-id" not in r.headers and records[-1].status == 500
assert isinstance(raised[0], RuntimeError)

# an unmatched path
records.clear()
c.get("/nope")
assert records[-1].route == "unmatched" and records[-1].status == 404

# the router is kept as declared: app.routes holds a wrapper for it, OpenAPI shows the prefixed path
print("app.routes:", [type(rt).__name__ for rt in app.routes][-3:], "| OpenAPI path:",
      [p for p in app.openapi()["paths"] if "orders" in p])
assert "/v1/orders/{order_id}" in app.openapi()["paths"]

# the router's own prefix is part of route.path, include_router's prefix is not
shop = APIRouter(prefix="/shop")


@shop.get("/items/{item_id}")
async def item(item_id: int):
    return {}


app2 = FastAPI()
app2.include_router(shop, prefix="/v2")
app2.add_middleware(RequestContextMiddleware)
records.clear()
assert TestClient(app2).get("/v2/shop/items/1").status_code == 200
print("route logged for /v2/shop/items/1:", records[-1].route)
assert records[-1].route == "/shop/items/{item_id}"
print("OK middleware-request-id-timing-design")
