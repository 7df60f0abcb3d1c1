# errors-override-and-reuse-default-handlers: the model answer's validation_handler, compared byte for byte with the
# default; scope["route"] under a prefixed router; http_exception_handler reuse; ctx/input that are not JSON-ready;
# what OpenAPI documents.
import logging
from typing import Annotated

from fastapi import APIRouter, Body, FastAPI, Query
from fastapi.testclient import TestClient
from pydantic import BaseModel, field_validator

records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)


logger = logging.getLogger("api")
logger.setLevel(logging.INFO)
logger.addHandler(Keep())


class Signup(BaseModel):
    email: str
    age: int

    @field_validator("email")
    @classmethod
    def has_at(cls, v):
        if "@" not in v:
            raise ValueError("not an email")
        return v


def build(app: FastAPI) -> FastAPI:
    @app.post("/signup")
    async def signup(body: Signup):
        return body

    @app.post("/legacy/signup")
    async def legacy_signup(body: Signup):
        return body

    @app.get("/raw")
    async def raw(n: Annotated[int, Query()]):
        return n

    @app.get("/plain")
    async def plain():
        return {}

    @app.get("/documented", responses={422: {"description": "Our own validation error"}})
    async def documented(n: int):
        return n

    router = APIRouter()

    @router.get("/items/{item_id}")
    async def item(item_id: int):
        return item_id

    app.include_router(router, prefix="/v1")
    return app


default_app = build(FastAPI())
app = FastAPI()

# --- the model answer's code ---
from fastapi import Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.encoders import jsonable_encoder

@app.exception_handler(RequestValidationError)
async def validation_handler(request: Request, exc: RequestValidationError):
    route = request.scope.get("route")
    fields = [".".join(map(str, e["loc"])) for e in exc.errors()]
    logger.info("validation failed", extra={"route": getattr(route, "path", None),
                                            "fields": fields})
    if request.url.path.startswith("/legacy/"):
        return JSONResponse(status_code=400,
                            content={"detail": jsonable_encoder(exc.errors())})
    return await request_validation_exception_handler(request, exc)
# --- end ---
build(app)

c, d = TestClient(app), TestClient(default_app)
bad = {"email": "nope", "age": "x"}
for path, kwargs in [("/signup", {"json": bad}), ("/raw", {"params": {"n": "x"}}), ("/v1/items/abc", {}),
                     ("/signup", {"content": b"\xff\xfe", "headers": {"content-type": "application/json"}})]:
    method = c.post if path == "/signup" else c.get
    r1 = method(path, **kwargs)
    r2 = (d.post if path == "/signup" else d.get)(path, **kwargs)
    assert r1.status_code == r2.status_code == 422 and r1.content == r2.content and r1.headers == r2.headers, path
    print(path, "same bytes as the default:", r1.content[:90], "...")
print("logged:", [(rec.getMessage(), rec.route, rec.fields) for rec in records])
assert records[0].route == "/signup" and records[0].fields == ["body.email", "body.age"]
assert records[2].route == "/items/{item_id}"        # the router's own path, without the /v1 prefix
r = c.post("/legacy/signup", json=bad)
print("legacy:", r.status_code, r.json())
assert r.status_code == 400 and r.json()["detail"][0]["ctx"] == {"error": {}}   # jsonable_encoder turns the ValueError into {}, as the default does

# ctx holds an exception object, input may be bytes: not JSON-ready without jsonable_encoder
captured = {}
raw_app = build(FastAPI())


@raw_app.exception_handler(RequestValidationError)
async def naive(request, exc):
    captured["errors"] = exc.errors()
    captured["body"] = exc.body
    return JSONResponse({"detail": exc.errors()}, status_code=422)


rc = TestClient(raw_app, raise_server_exceptions=False)
r = rc.post("/signup", json=bad)
print("without jsonable_encoder:", r.status_code, "| ctx:", captured["errors"][0]["ctx"], "| exc.body:", captured["body"])
assert r.status_code == 500 and isinstance(captured["errors"][0]["ctx"]["error"], ValueError)
assert captured["body"] == bad      # what was received, passwords and all


class Blob(BaseModel):
    data: str


@raw_app.post("/blob")
async def blob(b: Annotated[Blob, Body()]):
    return b


r = rc.post("/blob", content=b"\xff", headers={"content-type": "text/plain"})   # not JSON: the raw bytes go to Pydantic
print("a non-JSON body's input:", captured["errors"][0], "->", r.status_code)
assert captured["errors"][0]["input"] == b"\xff" and r.status_code == 500

# the same pattern for HTTP errors, on Starlette's HTTPException
from fastapi.exception_handlers import http_exception_handler
from starlette.exceptions import HTTPException as StarletteHTTPException

seen = []
h = build(FastAPI())


@h.exception_handler(StarletteHTTPException)
async def http_handler(request, exc):
    seen.append(exc.status_code)
    return await http_exception_handler(request, exc)


hc = TestClient(h)
r404, r405 = hc.get("/nope"), hc.get("/signup")
assert r404.content == d.get("/nope").content and r405.content == d.get("/signup").content
assert r405.headers["allow"] == "POST"
print("router 404/405 reach the handler:", seen)
assert seen == [404, 405]

# OpenAPI: still the default 422; none for an operation without parameters; a declared 422 replaces it
ops = app.openapi()["paths"]
print("422 on /legacy/signup:", ops["/legacy/signup"]["post"]["responses"]["422"]["content"]["application/json"])
assert ops["/legacy/signup"]["post"]["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith(
    "HTTPValidationError")
assert "400" not in ops["/legacy/signup"]["post"]["responses"]
assert "422" not in ops["/plain"]["get"]["responses"]
print("declared 422:", ops["/documented"]["get"]["responses"]["422"])
assert ops["/documented"]["get"]["responses"]["422"] == {"description": "Our own validation error"}
for key in ("4XX", "default"):
    a = FastAPI()

    @a.get("/x", responses={key: {"description": "ours"}})
    async def x(n: int):
        return n
    assert "422" not in a.openapi()["paths"]["/x"]["get"]["responses"], key

# an exception inside a handler becomes a 500
bad_h = build(FastAPI())


@bad_h.exception_handler(RequestValidationError)
async def broken(request, exc):
    raise KeyError("oops")


assert TestClient(bad_h, raise_server_exceptions=False).post("/signup", json=bad).status_code == 500
print("OK errors-override-and-reuse-default-handlers")
