"""settings-lru-cache-test-overrides: the file's get_settings, /info route and both tests, plus the import-time trap
and frozen settings."""
import os
from functools import lru_cache
from typing import Annotated

import pytest
from fastapi import APIRouter, Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import ValidationError
from pydantic_settings import BaseSettings

TEST_DB = "sqlite:///test.db"
built = []


class Settings(BaseSettings):
    database_url: str
    page_size: int = 50
    openapi_url: str | None = "/openapi.json"

    def __init__(self, **kw):
        built.append(1)
        super().__init__(**kw)


router = APIRouter()

# --- the file's code ---------------------------------------------------------------------------
# app/config.py
@lru_cache
def get_settings() -> Settings:
    return Settings()

# app/routes.py
@router.get("/info")
def info(settings: Annotated[Settings, Depends(get_settings)]):
    return {"page_size": settings.page_size}
# -----------------------------------------------------------------------------------------------

os.environ["DATABASE_URL"] = "postgresql://real/db"
app = FastAPI()
app.include_router(router)
client = TestClient(app)

first = get_settings()
print("get_settings() is get_settings():", first is get_settings(), "| Settings built", len(built), "time(s)")
assert first is get_settings() and len(built) == 1
for _ in range(3):
    client.get("/info")
print("after 3 requests: Settings built", len(built), "time(s)")
assert len(built) == 1

# --- the file's tests --------------------------------------------------------------------------
# 1. Override the dependency: affects everything resolved through Depends(get_settings)
def test_small_pages(client):
    app.dependency_overrides[get_settings] = lambda: Settings(page_size=5, database_url=TEST_DB)
    assert client.get("/info").json() == {"page_size": 5}
    app.dependency_overrides.clear()   # or do it in a fixture's teardown

# 2. Change the environment and empty the cache: affects direct calls too
def test_from_env(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", TEST_DB)   # the required field
    monkeypatch.setenv("PAGE_SIZE", "7")
    get_settings.cache_clear()
    assert get_settings().page_size == 7
    get_settings.cache_clear()   # do not leak into the next test
# -----------------------------------------------------------------------------------------------

test_small_pages(client)
print("test_small_pages passed; override gone afterwards:", client.get("/info").json())
mp = pytest.MonkeyPatch()
test_from_env(mp)
mp.undo()
print("test_from_env passed; after it get_settings().page_size =", get_settings().page_size)

# environment changes after the first call are ignored until cache_clear()
os.environ["PAGE_SIZE"] = "99"
print("PAGE_SIZE=99 set after the first call ->", get_settings().page_size, "| after cache_clear ->",
      (get_settings.cache_clear(), get_settings().page_size)[1])
del os.environ["PAGE_SIZE"]
get_settings.cache_clear()

# the import-time trap
settings = Settings()                                   # read at import
docs_app = FastAPI(openapi_url=settings.openapi_url)    # decided at import
docs_app.dependency_overrides[get_settings] = lambda: Settings(database_url=TEST_DB, openapi_url=None)
print("override after construction; /openapi.json still served:", TestClient(docs_app).get("/openapi.json").status_code)


def create_app(s: Settings) -> FastAPI:
    return FastAPI(openapi_url=s.openapi_url)

print("app factory with test settings: /openapi.json ->",
      TestClient(create_app(Settings(database_url=TEST_DB, openapi_url=None))).get("/openapi.json").status_code)


# frozen settings
class Frozen(BaseSettings):
    model_config = {"frozen": True}
    page_size: int = 50

f = Frozen()
try:
    f.page_size = 1
except ValidationError as e:
    print("frozen=True, assignment ->", e.errors()[0]["type"])


# lru_cache keys on arguments
@lru_cache
def get_settings_for(env: str) -> Settings:
    return Settings()

print("get_settings_for('a') is get_settings_for('b'):", get_settings_for("a") is get_settings_for("b"),
      "| cache size:", get_settings_for.cache_info().currsize)
print("OK settings-lru-cache-test-overrides")
