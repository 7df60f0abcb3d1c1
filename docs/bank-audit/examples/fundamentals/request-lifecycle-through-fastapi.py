# request-lifecycle-through-fastapi: the file's exception handler, plus the order of steps the answer gives:
# middleware (last added runs first), 422 without the endpoint, function-scope dependency exit, response sent,
# background tasks, yield teardown, upload closed; middleware also seeing 404 and 422.
from typing import Annotated

from fastapi import BackgroundTasks, Depends, FastAPI, File, Request, UploadFile
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

log = []


class OrderNotFound(Exception):
    pass


app = FastAPI()

# --- the file's code ---
@app.exception_handler(OrderNotFound)
async def order_not_found(request: Request, exc: OrderNotFound):
    return JSONResponse(status_code=404, content={"detail": str(exc)})
# -----------------------


@app.middleware("http")
async def first_added(request, call_next):
    log.append("mw first_added in")
    resp = await call_next(request)
    log.append(f"mw first_added out {resp.status_code}")
    return resp


@app.middleware("http")
async def last_added(request, call_next):
    log.append("mw last_added in")
    resp = await call_next(request)
    log.append(f"mw last_added out {resp.status_code}")
    return resp


class SentProbe:                     # pure ASGI, outermost: notes when the last body chunk goes out
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        async def send2(msg):
            if msg["type"] == "http.response.body" and not msg.get("more_body"):
                log.append("response sent")
            await send(msg)
        await self.app(scope, receive, send2)


def dep_request_scope():
    log.append("dep(request) before yield")
    yield
    log.append("dep(request) after yield")


def dep_function_scope():
    log.append("dep(function) before yield")
    yield
    log.append("dep(function) after yield")


@app.post("/orders/{order_id}")
async def upload(order_id: int, bg: BackgroundTasks,
                 f: Annotated[UploadFile, File()],
                 a: Annotated[None, Depends(dep_request_scope)],
                 b: Annotated[None, Depends(dep_function_scope, scope="function")]):
    log.append("endpoint")
    orig_close = f.close

    async def close():
        log.append("upload closed")
        await orig_close()
    f.close = close
    bg.add_task(lambda: log.append("background task"))
    return {"order_id": order_id}


@app.get("/orders/{order_id}")
async def get_order(order_id: int):
    log.append("endpoint")
    raise OrderNotFound(f"order {order_id} not found")


wrapped = SentProbe(app)
c = TestClient(wrapped)

r = c.post("/orders/5", files={"f": ("a.txt", b"x")})
print(r.status_code, r.json())
for line in log:
    print("  ", line)
want = ["mw last_added in", "mw first_added in", "dep(request) before yield", "dep(function) before yield",
        "endpoint", "dep(function) after yield", "mw first_added out 200", "mw last_added out 200",
        "response sent", "background task", "dep(request) after yield", "upload closed"]
assert log == want, log

log.clear()
r = c.post("/orders/abc", files={"f": ("a.txt", b"x")})
print("bad path param:", r.status_code, log)   # the yield deps see the error, so their code after yield is skipped
assert r.status_code == 422 and "endpoint" not in log and "mw last_added out 422" in log

log.clear()
r = c.get("/orders/9")
print("OrderNotFound:", r.status_code, r.json(), log)
assert r.status_code == 404 and r.json() == {"detail": "order 9 not found"}

log.clear()
r = c.get("/nowhere")
print("no route:", r.status_code, log)
assert r.status_code == 404 and "mw last_added out 404" in log

# ServerErrorMiddleware is the outermost layer of the built stack
stack = app.build_middleware_stack()
layers = []
while hasattr(stack, "app"):
    layers.append(type(stack).__name__)
    stack = stack.app
print("middleware stack:", layers)
assert layers[:4] == ["ServerErrorMiddleware", "BaseHTTPMiddleware", "BaseHTTPMiddleware", "ExceptionMiddleware"]
print("OK request-lifecycle-through-fastapi")
