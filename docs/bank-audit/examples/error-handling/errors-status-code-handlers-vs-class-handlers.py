# errors-status-code-handlers-vs-class-handlers: the question's app and its five requests.
from fastapi.testclient import TestClient

# --- the question's code ---
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

app = FastAPI()

@app.exception_handler(StarletteHTTPException)
async def http_error(request: Request, exc: StarletteHTTPException):
    return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)

@app.exception_handler(404)
async def not_found(request: Request, exc: Exception):
    return JSONResponse({"error": "not_found"}, status_code=404)

@app.exception_handler(422)
async def unprocessable(request: Request, exc: Exception):
    return JSONResponse({"error": "invalid"}, status_code=422)

@app.get("/items/{item_id}")
async def read_item(item_id: int):
    if item_id == 0:
        raise HTTPException(404, detail="Item 0 is reserved")
    if item_id < 0:
        raise HTTPException(422, detail="Negative ids are not allowed")
    return {"item_id": item_id}
# --- end ---

c = TestClient(app)
r1, r2, r3, r4, r5 = c.get("/items/0"), c.get("/items/-5"), c.get("/items/abc"), c.get("/nothing"), c.delete("/items/1")
for n, r in enumerate([r1, r2, r3, r4, r5], 1):
    print(n, r.status_code, r.json(), "| Allow:", r.headers.get("allow"))
assert (r1.status_code, r1.json()) == (404, {"error": "not_found"})
assert (r2.status_code, r2.json()) == (422, {"error": "invalid"})
assert r3.status_code == 422 and r3.json()["detail"][0]["type"] == "int_parsing"
assert r3.json()["detail"][0]["loc"] == ["path", "item_id"]
assert (r4.status_code, r4.json()) == (404, {"error": "not_found"})
assert (r5.status_code, r5.json()) == (405, {"error": "Method Not Allowed"}) and r5.headers["allow"] == "GET"

# the last point: with the class handler on FastAPI's subclass, case 5 falls to the default; case 4 unchanged
import fastapi
other = FastAPI()
other.exception_handler(fastapi.HTTPException)(http_error)
other.exception_handler(404)(not_found)
other.get("/items/{item_id}")(read_item)
o = TestClient(other)
print("class handler on fastapi.HTTPException: 5 ->", o.delete("/items/1").json(), "| 4 ->", o.get("/nothing").json())
assert o.delete("/items/1").json() == {"detail": "Method Not Allowed"} and o.get("/nothing").json() == {"error": "not_found"}
print("OK errors-status-code-handlers-vs-class-handlers")
