"""structure-mount-sub-applications: the file's app with a mounted admin app and StaticFiles (a temporary static/
folder), then each row of its table."""
import os
import tempfile
import warnings
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient

work = tempfile.mkdtemp()
os.chdir(work)
os.makedirs("static")
open("static/logo.txt", "w").write("logo")

log: list[str] = []


def current_user():
    return "real user"


class orders:
    router = APIRouter()


class admin:
    router = APIRouter()


@orders.router.get("/")
def list_orders(user: Annotated[str, Depends(current_user)]):
    return {"user": user}


@admin.router.get("/users")
def admin_users(request: Request, user: Annotated[str, Depends(current_user)]):
    return {"user": user, "root_path": request.scope.get("root_path"), "url": str(request.url_for("admin_users"))}


@admin.router.get("/fail")
def admin_fail():
    raise ValueError("admin failure")

# --- the file's code ---------------------------------------------------------------------------
from fastapi.staticfiles import StaticFiles

app = FastAPI(title="Public API")
app.include_router(orders.router, prefix="/orders")

admin_app = FastAPI(title="Admin API")          # its own routes, docs, handlers
admin_app.include_router(admin.router)

app.mount("/admin", admin_app)                  # docs at /admin/docs
app.mount("/static", StaticFiles(directory="static"), name="static")
# -----------------------------------------------------------------------------------------------

# exception handlers: each app its own
@app.exception_handler(ValueError)
async def parent_handler(request, exc):
    return JSONResponse({"handled by": "parent"}, status_code=400)

@admin_app.exception_handler(ValueError)
async def admin_handler(request, exc):
    return JSONResponse({"handled by": "admin app"}, status_code=418)


c = TestClient(app)
print("parent schema paths:", list(app.openapi()["paths"]))
print("/admin/openapi.json paths:", list(c.get("/admin/openapi.json").json()["paths"]),
      "| servers:", c.get("/admin/openapi.json").json().get("servers"))
docs = c.get("/admin/docs")
print("/admin/docs ->", docs.status_code, "| loads /admin/openapi.json:", "'/admin/openapi.json'" in docs.text)
print("/admin/users ->", c.get("/admin/users").json())
print("/static/logo.txt ->", c.get("/static/logo.txt").text)

c = TestClient(app)
print("ValueError in the mounted app ->", c.get("/admin/fail").status_code, c.get("/admin/fail").json())

# dependency_overrides
app.dependency_overrides[current_user] = lambda: "fake user"
print("override on the parent: /orders/ ->", c.get("/orders/").json()["user"], "| /admin/users ->",
      c.get("/admin/users").json()["user"])
admin_app.dependency_overrides[current_user] = lambda: "fake user"
print("override on the sub-app: /admin/users ->", c.get("/admin/users").json()["user"])
app.dependency_overrides.clear()
admin_app.dependency_overrides.clear()

# middleware: the parent's wraps the request, then the sub-app's
p2 = FastAPI()
sub = FastAPI()


@sub.get("/x")
def x():
    log.append("endpoint")
    return {}


@p2.middleware("http")
async def parent_mw(request, call_next):
    log.append("parent middleware")
    return await call_next(request)


@sub.middleware("http")
async def sub_mw(request, call_next):
    log.append("sub-app middleware")
    return await call_next(request)

p2.mount("/sub", sub)
TestClient(p2).get("/sub/x")
print("middleware order:", log)
assert log == ["parent middleware", "sub-app middleware", "endpoint"]

# lifespan: only the outermost app
events = []


@asynccontextmanager
async def sub_lifespan(a):
    events.append("sub lifespan")
    yield


@asynccontextmanager
async def parent_lifespan(a):
    events.append("parent lifespan")
    yield

p3 = FastAPI(lifespan=parent_lifespan)
p3.mount("/sub", FastAPI(lifespan=sub_lifespan))
with TestClient(p3):
    pass
print("lifespans run:", events)
assert events == ["parent lifespan"]

# route order: a mount at /admin shadows a parent route declared later under it
@app.get("/admin/health")
def parent_admin_health():
    return {"from": "parent"}
print("parent route /admin/health declared after the mount ->", TestClient(app).get("/admin/health").status_code)

# WSGIMiddleware in fastapi.middleware.wsgi
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    from fastapi.middleware.wsgi import WSGIMiddleware
    WSGIMiddleware(lambda environ, start_response: [])
print("fastapi.middleware.wsgi.WSGIMiddleware warnings:", [f"{x.category.__name__}: {str(x.message)[:80]}" for x in w])
print("OK structure-mount-sub-applications")
