# errors-httpexception-raised-in-middleware: the question's middleware, then both fixes, the middleware stack order,
# and the CORS preflight pitfall.
from types import SimpleNamespace

from fastapi.middleware.cors import CORSMiddleware
from fastapi.testclient import TestClient

settings = SimpleNamespace(api_key="k-123")


def add_route(app):
    @app.get("/orders")
    async def orders():
        return {"orders": []}


# --- the question's code ---
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()

@app.middleware("http")
async def require_api_key(request: Request, call_next):
    if request.headers.get("x-api-key") != settings.api_key:
        raise HTTPException(status_code=401, detail="Missing or invalid API key")
    return await call_next(request)
# --- end ---
add_route(app)
buggy = app

raised = []


def server_view(asgi):
    async def wrapped(scope, receive, send):
        try:
            await asgi(scope, receive, send)
        except Exception as exc:        # what Uvicorn would log with a traceback
            raised.append(exc)
            raise
    return wrapped


r = TestClient(server_view(buggy), raise_server_exceptions=False).get("/orders")
print("buggy, no key:", r.status_code, r.headers["content-type"], repr(r.text), "| re-raised:",
      [type(e).__name__ for e in raised])
assert r.status_code == 500 and r.text == "Internal Server Error" and r.headers["content-type"].startswith("text/plain")
assert isinstance(raised[0], HTTPException) and raised[0].status_code == 401
assert TestClient(buggy).get("/orders", headers={"x-api-key": "k-123"}).status_code == 200

# the stack FastAPI builds
buggy.build_middleware_stack()
layer, names = buggy.middleware_stack, []
while layer is not None and len(names) < 8:
    names.append(type(layer).__name__)
    layer = getattr(layer, "app", None)
print("stack:", " -> ".join(names))
assert names[:3] == ["ServerErrorMiddleware", "BaseHTTPMiddleware", "ExceptionMiddleware"]

# fix 1
app = FastAPI()

# --- the model answer's fix 1 ---
from fastapi.responses import JSONResponse

@app.middleware("http")
async def require_api_key(request: Request, call_next):
    if request.headers.get("x-api-key") != settings.api_key:
        return JSONResponse({"detail": "Missing or invalid API key"}, status_code=401,
                            headers={"WWW-Authenticate": "APIKey"})
    return await call_next(request)
# --- end ---
add_route(app)
fix1 = app
r = TestClient(fix1).get("/orders")
print("fix 1:", r.status_code, r.json(), r.headers.get("www-authenticate"))
assert r.status_code == 401 and r.json() == {"detail": "Missing or invalid API key"}
assert TestClient(fix1).get("/orders", headers={"x-api-key": "k-123"}).status_code == 200


# a response built in middleware skips the app's handlers
@fix1.exception_handler(HTTPException)
async def custom(request, exc):
    return JSONResponse({"error": exc.detail}, status_code=exc.status_code)


assert TestClient(fix1).get("/orders").json() == {"detail": "Missing or invalid API key"}   # not {"error": ...}

# fix 2
# --- the model answer's fix 2 ---
import secrets
from typing import Annotated
from fastapi import Depends
from fastapi.security import APIKeyHeader

api_key_header = APIKeyHeader(name="X-API-Key")

def require_api_key(key: Annotated[str, Depends(api_key_header)]) -> None:
    if not secrets.compare_digest(key, settings.api_key):
        raise HTTPException(status_code=401, detail="Invalid API key",
                            headers={"WWW-Authenticate": "APIKey"})

app = FastAPI(dependencies=[Depends(require_api_key)])
# --- end ---
add_route(app)
c = TestClient(app)
r1, r2 = c.get("/orders"), c.get("/orders", headers={"X-API-Key": "wrong"})
print("fix 2: no key", r1.status_code, r1.json(), "| wrong key", r2.status_code, r2.json(), r2.headers["www-authenticate"])
assert r1.status_code == r2.status_code == 401 and r2.json() == {"detail": "Invalid API key"}
assert c.get("/orders", headers={"X-API-Key": "k-123"}).status_code == 200
print("  OpenAPI:", app.openapi()["components"]["securitySchemes"])
assert app.openapi()["components"]["securitySchemes"]["APIKeyHeader"]["in"] == "header"

# any exception in middleware, not just HTTPException, reaches only the outermost 500 handler
crash = FastAPI()


@crash.exception_handler(ValueError)
async def value_error(request, exc):
    return JSONResponse({"handled": True}, status_code=400)


@crash.middleware("http")
async def bad(request, call_next):
    raise ValueError("in middleware")
add_route(crash)
assert TestClient(crash, raise_server_exceptions=False).get("/orders").status_code == 500

# preflight: the key-check middleware outside CORS rejects it; inside CORS the preflight is answered first
pre = {"Origin": "https://app.example.com", "Access-Control-Request-Method": "GET",
       "Access-Control-Request-Headers": "x-api-key"}
outside = FastAPI()
add_route(outside)
outside.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_headers=["X-API-Key"])
outside.middleware("http")(fix1.user_middleware[0].kwargs["dispatch"])      # the fix-1 check, added last = outermost
inside = FastAPI()
add_route(inside)
inside.middleware("http")(fix1.user_middleware[0].kwargs["dispatch"])
inside.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_headers=["X-API-Key"])
ro, ri = TestClient(outside).options("/orders", headers=pre), TestClient(inside).options("/orders", headers=pre)
print("preflight, key check outside CORS:", ro.status_code, "| inside CORS:", ri.status_code)
assert ro.status_code == 401 and ri.status_code == 200
print("OK errors-httpexception-raised-in-middleware")
