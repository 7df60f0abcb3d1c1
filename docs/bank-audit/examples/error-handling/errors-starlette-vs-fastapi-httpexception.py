# errors-starlette-vs-fastapi-httpexception: the teammate's handler on fastapi.HTTPException, then the model answer's
# handler on Starlette's class, with an unknown path, a wrong method, StaticFiles, a 401 and a dict detail.
import tempfile

import fastapi
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBearer
from fastapi.staticfiles import StaticFiles
from fastapi.testclient import TestClient

static_dir = tempfile.mkdtemp()


def build(app):
    @app.get("/items/{item_id}")
    async def item(item_id: int):
        if item_id == 0:
            raise fastapi.HTTPException(404, detail={"code": "reserved", "id": 0})
        return {"item_id": item_id}

    @app.get("/private", dependencies=[fastapi.Depends(HTTPBearer())])
    async def private():
        return {}

    app.mount("/static", StaticFiles(directory=static_dir))
    return app


assert issubclass(fastapi.HTTPException, __import__("starlette.exceptions").exceptions.HTTPException)

teammate = build(FastAPI())


@teammate.exception_handler(fastapi.HTTPException)
async def teammate_handler(request: Request, exc: fastapi.HTTPException):
    return JSONResponse({"error": {"status": exc.status_code, "message": exc.detail}}, status_code=exc.status_code)


t = TestClient(teammate)
for label, resp in [("unknown URL", t.get("/nope")), ("wrong method", t.delete("/items/1")),
                    ("StaticFiles miss", t.get("/static/missing.txt")), ("endpoint raise", t.get("/items/0"))]:
    print("teammate,", label, "->", resp.status_code, resp.json())
assert t.get("/nope").json() == {"detail": "Not Found"}
assert t.delete("/items/1").json() == {"detail": "Method Not Allowed"}
assert t.get("/static/missing.txt").json() == {"detail": "Not Found"}
assert t.get("/items/0").json() == {"error": {"status": 404, "message": {"code": "reserved", "id": 0}}}

app = build(FastAPI())

# --- the model answer's code ---
from fastapi import Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

@app.exception_handler(StarletteHTTPException)      # catches both classes
async def http_error_handler(request: Request, exc: StarletteHTTPException):
    return JSONResponse(
        status_code=exc.status_code,
        content={"error": {"status": exc.status_code, "message": exc.detail}},
        headers=exc.headers,         # keeps Allow on 405, WWW-Authenticate on 401
    )
# --- end ---

c = TestClient(app)
r = c.get("/nope")
print("fixed, unknown URL:", r.status_code, r.json())
assert r.json() == {"error": {"status": 404, "message": "Not Found"}}
r = c.delete("/items/1")
print("fixed, wrong method:", r.status_code, r.json(), "Allow:", r.headers.get("allow"))
assert r.status_code == 405 and r.headers["allow"] == "GET"
r = c.get("/static/missing.txt")
assert r.json() == {"error": {"status": 404, "message": "Not Found"}}
r = c.get("/private")
print("fixed, 401:", r.json(), "WWW-Authenticate:", r.headers.get("www-authenticate"))
assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
assert c.get("/items/0").json() == {"error": {"status": 404, "message": {"code": "reserved", "id": 0}}}

# dropping exc.headers loses Allow and WWW-Authenticate
drop = build(FastAPI())


@drop.exception_handler(StarletteHTTPException)
async def no_headers(request, exc):
    return JSONResponse({"error": exc.detail}, status_code=exc.status_code)


d = TestClient(drop)
assert "allow" not in d.delete("/items/1").headers and "www-authenticate" not in d.get("/private").headers

# a status-code handler applies whichever class raised
by_code = build(FastAPI())


@by_code.exception_handler(404)
async def nf(request, exc):
    return JSONResponse({"nf": type(exc).__module__}, status_code=404)


b = TestClient(by_code)
print("404 handler:", b.get("/nope").json(), b.get("/items/0").json())
assert b.get("/nope").json() == {"nf": "starlette.exceptions"} and b.get("/items/0").json() == {"nf": "fastapi.exceptions"}
print("OK errors-starlette-vs-fastapi-httpexception")
