# errors-consistent-error-format-design: the model answer's Problem model and problem_response, with the four
# handlers it describes, then each edge case it lists.
import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import BaseHTTPMiddleware

# --- the model answer's code ---
class FieldError(BaseModel):
    field: str           # "items.2.price", built from loc
    code: str            # Pydantic error type, e.g. "greater_than"
    message: str

class Problem(BaseModel):
    type: str = "about:blank"
    title: str
    status: int
    code: str            # stable, e.g. "order_already_shipped"
    detail: str | None = None
    request_id: str | None = None
    errors: list[FieldError] = []

def problem_response(request: Request, problem: Problem, headers=None) -> JSONResponse:
    problem.request_id = getattr(request.state, "request_id", None)
    return JSONResponse(problem.model_dump(exclude_none=True), status_code=problem.status,
                        media_type="application/problem+json", headers=headers)
# --- end ---


class DomainError(Exception):
    status, code, title = 409, "domain_error", "Conflict"


class OrderAlreadyShipped(DomainError):
    code = "order_already_shipped"


def add_handlers(app: FastAPI, catch_all_handler: bool = True) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_exc(request: Request, exc: StarletteHTTPException):
        return problem_response(request, Problem(title=str(exc.detail), status=exc.status_code,
                                                 code=f"http_{exc.status_code}"), headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation(request: Request, exc: RequestValidationError):
        errors = [FieldError(field=".".join(str(p) for p in e["loc"][1:]) or e["loc"][0], code=e["type"],
                             message=e["msg"]) for e in exc.errors()]
        return problem_response(request, Problem(title="Invalid request", status=422, code="validation_error",
                                                 errors=errors))

    @app.exception_handler(DomainError)
    async def domain(request: Request, exc: DomainError):
        return problem_response(request, Problem(title=exc.title, status=exc.status, code=exc.code, detail=str(exc)))

    if catch_all_handler:
        @app.exception_handler(Exception)
        async def catch_all(request: Request, exc: Exception):
            return problem_response(request, Problem(title="Internal error", status=500, code="internal_error"))


class RequestID(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        request.state.request_id = uuid.uuid4().hex[:8]
        response = await call_next(request)
        response.headers["X-Request-ID"] = request.state.request_id
        return response


class Item(BaseModel):
    price: float = Field(gt=0)


class OrderIn(BaseModel):
    items: list[Item]


def routes(app: FastAPI):
    @app.post("/orders", responses={409: {"model": Problem}, 500: {"model": Problem}})
    async def create(order: OrderIn):
        return order

    @app.post("/orders/{oid}/ship")
    async def ship(oid: int):
        raise OrderAlreadyShipped(f"order {oid} was shipped yesterday")

    @app.get("/crash")
    async def crash():
        raise RuntimeError("db password is hunter2")

    @app.get("/protected")
    async def protected():
        from fastapi import HTTPException
        raise HTTPException(401, "Not authenticated", headers={"WWW-Authenticate": "Bearer"})


def build(catch_all_middleware: bool):
    app = FastAPI()
    add_handlers(app)
    routes(app)
    if catch_all_middleware:
        @app.middleware("http")          # added first: innermost user middleware
        async def catch_all_mw(request: Request, call_next):
            try:
                return await call_next(request)
            except Exception:
                logging.getLogger("app").exception("unhandled")
                return problem_response(request, Problem(title="Internal error", status=500, code="internal_error"))
    app.add_middleware(RequestID)
    app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"])
    return app


app = build(catch_all_middleware=False)
c = TestClient(app, raise_server_exceptions=False)
H = {"Origin": "https://app.example.com"}

r = c.get("/nope", headers=H)
print("router 404:", r.status_code, r.headers["content-type"], r.json())
assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json" and r.json()["code"] == "http_404"
assert r.json()["request_id"] == r.headers["x-request-id"]
r = c.get("/orders", headers=H)
print("router 405:", r.status_code, r.json()["code"], "| Allow:", r.headers.get("allow"))
assert r.status_code == 405 and r.headers["allow"] == "POST"
r = c.get("/protected")
assert r.headers["www-authenticate"] == "Bearer"   # exc.headers kept
r = c.post("/orders", json={"items": [{"price": 1}, {"price": 2}, {"price": -1}]})
print("validation:", r.status_code, r.json()["errors"])
assert r.json()["errors"] == [{"field": "items.2.price", "code": "greater_than", "message": "Input should be greater than 0"}]
r = c.post("/orders/7/ship")
print("domain:", r.status_code, r.json())
assert r.status_code == 409 and r.json()["code"] == "order_already_shipped"

# the catch-all Exception handler runs in ServerErrorMiddleware: no CORS, no request ID, re-raised
r = c.get("/crash", headers=H)
print("crash via Exception handler:", r.status_code, r.json(), "| CORS:", r.headers.get("access-control-allow-origin"),
      "| X-Request-ID:", r.headers.get("x-request-id"))
assert r.status_code == 500 and r.json()["code"] == "internal_error"
assert r.json()["request_id"]     # request.state lives in the ASGI scope, so the body still has the id; the header not
assert "access-control-allow-origin" not in r.headers and "x-request-id" not in r.headers
assert "hunter2" not in r.text
try:
    TestClient(app).get("/crash")
    raise AssertionError("expected the re-raise")
except RuntimeError:
    print("  and the exception is re-raised after the response")

# the fix: a catch-all middleware added first
app2 = build(catch_all_middleware=True)
r = TestClient(app2).get("/crash", headers=H)
print("crash via innermost middleware:", r.status_code, r.json()["code"], "| CORS:",
      r.headers.get("access-control-allow-origin"), "| X-Request-ID:", r.headers.get("x-request-id"),
      "| request_id in body:", r.json().get("request_id"))
assert r.headers["access-control-allow-origin"] == "https://app.example.com"
assert r.headers["x-request-id"] == r.json()["request_id"]

# responses that never reach a handler: plain text
th = build(catch_all_middleware=False)
th.add_middleware(TrustedHostMiddleware, allowed_hosts=["api.example.com"])
r = TestClient(th).get("/nope")
print("TrustedHost:", r.status_code, r.headers["content-type"], repr(r.text))
assert r.status_code == 400 and r.text == "Invalid host header"
r = c.options("/orders", headers={"Origin": "https://evil.test", "Access-Control-Request-Method": "POST"})
print("CORS preflight failure:", r.status_code, r.headers["content-type"], repr(r.text))
assert r.status_code == 400 and r.text.startswith("Disallowed CORS origin")

# documentation: the default 422 schema is still advertised unless replaced
op = app.openapi()["paths"]["/orders"]["post"]["responses"]
print("documented responses:", {k: v["content"]["application/json"]["schema"] for k, v in op.items()})
assert op["422"]["content"]["application/json"]["schema"]["$ref"].endswith("/HTTPValidationError")
assert op["409"]["content"]["application/json"]["schema"]["$ref"].endswith("/Problem")
print("OK errors-consistent-error-format-design")
