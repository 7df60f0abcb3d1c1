"""structure-app-factory-create-app: the file's create_app() with a SQLite engine standing in for the database,
tests built from it, `uvicorn --factory` loading it, and the pitfalls."""
import os
import sys
import tempfile
import types
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.testclient import TestClient
from pydantic_settings import BaseSettings
from sqlalchemy.ext.asyncio import create_async_engine

d = tempfile.mkdtemp()
disposed = []


class Settings(BaseSettings):
    database_url: str = f"sqlite+aiosqlite:///{d}/prod.db"
    openapi_url: str | None = "/openapi.json"
    enable_admin: bool = False


@lru_cache
def get_settings() -> Settings:
    return Settings()


class orders:
    router = APIRouter()


class admin:
    router = APIRouter()


@orders.router.get("/")
def list_orders(request: Request, settings: Annotated[Settings, Depends(get_settings)]):
    return {"engine": str(request.app.state.engine.url), "db": settings.database_url}


@admin.router.get("/stats")
def stats():
    return {}

# --- the file's code ---------------------------------------------------------------------------
# app/factory.py
def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        engine = create_async_engine(settings.database_url)
        app.state.engine = engine
        yield
        await engine.dispose()
        disposed.append(settings.database_url)            # (added: to observe the shutdown)

    app = FastAPI(lifespan=lifespan, openapi_url=settings.openapi_url)
    app.include_router(orders.router, prefix="/orders")
    if settings.enable_admin:
        app.include_router(admin.router, prefix="/admin")
    app.dependency_overrides[get_settings] = lambda: settings
    return app

# app/main.py: what `fastapi run` and [tool.fastapi] entrypoint = "app.main:app" import
app = create_app()
# -----------------------------------------------------------------------------------------------

TEST_DB = f"sqlite+aiosqlite:///{d}/test.db"
with TestClient(app) as c:
    print("production app: GET /orders/ ->", c.get("/orders/").json(), "| /admin/stats:", c.get("/admin/stats").status_code)
test_app = create_app(Settings(database_url=TEST_DB, enable_admin=True, openapi_url=None))
with TestClient(test_app) as c:
    print("test app: GET /orders/ ->", c.get("/orders/").json())
    print("  /admin/stats:", c.get("/admin/stats").status_code, "| /openapi.json:", c.get("/openapi.json").status_code)
    assert c.get("/orders/").json() == {"engine": TEST_DB, "db": TEST_DB}
print("apps are separate:", test_app is not app, "| own overrides dicts:",
      test_app.dependency_overrides is not app.dependency_overrides, "| engines disposed:", disposed)

# uvicorn --factory calls the function with no arguments
mod = types.ModuleType("appfactory")
mod.create_app = create_app
sys.modules["appfactory"] = mod
import uvicorn
cfg = uvicorn.Config("appfactory:create_app", factory=True)
cfg.load()
print("uvicorn Config(factory=True).load() ->", type(cfg.loaded_app).__name__, "wrapping",
      type(cfg.loaded_app.app).__name__ if hasattr(cfg.loaded_app, "app") else "?")
cfg2 = uvicorn.Config("appfactory:create_app")
try:
    cfg2.load()
    print("without --factory: loaded", type(cfg2.loaded_app))
except SystemExit:
    print("without --factory: uvicorn exits (a function is not an ASGI app)")


# pitfall: a factory that mutates a shared router leaks into apps built earlier
shared = APIRouter()


@shared.get("/base")
def base():
    return {}


def bad_factory(with_extra: bool) -> FastAPI:
    a = FastAPI()
    a.include_router(shared)
    if with_extra:
        @shared.get("/extra")
        def extra():
            return {}
    return a

first = bad_factory(False)
second = bad_factory(True)
third = bad_factory(True)
print("first app (built without extra) now serves /extra:", TestClient(first).get("/extra").status_code)
print("third app's paths:", [p for p in third.openapi()["paths"]])

# a router's lifespan is merged; a mounted app's is not run
events = []


@asynccontextmanager
async def router_lifespan(a):
    events.append("router lifespan")
    yield


@asynccontextmanager
async def sub_lifespan(a):
    events.append("mounted app lifespan")
    yield

parent = FastAPI()
parent.include_router(APIRouter(lifespan=router_lifespan))
parent.mount("/sub", FastAPI(lifespan=sub_lifespan))
with TestClient(parent):
    pass
print("lifespans run:", events)
assert events == ["router lifespan"]
print("OK structure-app-factory-create-app")
