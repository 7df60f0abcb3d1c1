# middleware-try-except-around-call-next: the question's app and its three requests, then the follow-ups
# (an Exception handler, a stream that fails after starting).
from fastapi.responses import StreamingResponse
from fastapi.testclient import TestClient

# --- the question's code ---
import logging
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

logger = logging.getLogger("app")
app = FastAPI()

@app.middleware("http")
async def errors_to_json(request: Request, call_next):
    try:
        response = await call_next(request)
    except Exception:
        logger.exception("unhandled error")
        return JSONResponse({"error": "internal"}, status_code=500)
    response.headers["X-Handled-By"] = "errors_to_json"
    return response

@app.get("/items/{item_id}")
async def read_item(item_id: int):
    if item_id == 0:
        raise HTTPException(status_code=404, detail="Item not found")
    if item_id == 13:
        raise ValueError("unlucky number")
    return {"id": item_id}
# --- end ---

caught = []


class Keep(logging.Handler):
    def emit(self, record):
        caught.append((record.getMessage(), type(record.exc_info[1]).__name__ if record.exc_info else None))


logger.addHandler(Keep())
logger.propagate = False

c = TestClient(app)
for path in ("/items/0", "/items/13", "/items/abc"):
    caught.clear()
    r = c.get(path)
    print(path, r.status_code, r.json(), "| except ran:", caught, "| X-Handled-By:", r.headers.get("x-handled-by"))
r0, r13, rabc = c.get("/items/0"), c.get("/items/13"), c.get("/items/abc")
assert (r0.status_code, r0.json(), r0.headers.get("x-handled-by")) == (404, {"detail": "Item not found"}, "errors_to_json")
assert (r13.status_code, r13.json(), r13.headers.get("x-handled-by")) == (500, {"error": "internal"}, None)
assert rabc.status_code == 422 and rabc.json()["detail"][0]["loc"] == ["path", "item_id"]
assert rabc.headers["x-handled-by"] == "errors_to_json"
caught.clear()
c.get("/items/0"), c.get("/items/abc")
assert caught == []
c.get("/items/13")
assert caught == [("unhandled error", "ValueError")]


# with an Exception handler registered, the middleware's except still wins
@app.exception_handler(Exception)
async def on_exception(request, exc):
    return JSONResponse({"error": "from the Exception handler"}, status_code=500)


app.middleware_stack = None          # the stack was built on the first request: drop it so it is rebuilt
r = TestClient(app).get("/items/13")
print("with an Exception handler:", r.status_code, r.json())
assert r.json() == {"error": "internal"}


# a stream that fails after the response started: call_next has returned, the status is already 200
@app.get("/stream")
async def stream():
    async def gen():
        yield "first\n"
        raise ValueError("mid-stream")
    return StreamingResponse(gen())


app.middleware_stack = None
caught.clear()
try:
    r = TestClient(app, raise_server_exceptions=False).get("/stream")
    outcome = (r.status_code, r.text, r.headers.get("x-handled-by"))
except ValueError as exc:
    outcome = ("raised", repr(exc))
print("stream failing after the start:", outcome, "| except ran:", caught)
assert caught == [] and outcome == (200, "first\n", "errors_to_json")   # a 200 with a cut body
print("OK middleware-try-except-around-call-next")
