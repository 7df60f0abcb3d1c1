"""testing-lifespan-events: the file's lifespan, create_app, fixture and shutdown test, with a fake pool."""
import os
import warnings
from contextlib import asynccontextmanager
from functools import lru_cache

import pytest
from fastapi import APIRouter, FastAPI, Request
from fastapi.testclient import TestClient

TEST_DATABASE_URL = "postgresql://test-db/test"


class Settings:
    def __init__(self):
        self.database_url = os.environ["DATABASE_URL"]


@lru_cache
def get_settings() -> Settings:
    return Settings()


class FakePool:
    def __init__(self, url):
        self.url, self.closed = url, False

    async def close(self):
        self.closed = True


async def open_pool(url):
    if not url.startswith("postgresql://"):
        raise ValueError(f"bad database URL {url!r}")
    return FakePool(url)


class orders:
    router = APIRouter()


@orders.router.get("/health")
async def health(request: Request):
    return {"pool": request.app.state.pool.url}

# --- the file's code ---------------------------------------------------------------------------
@asynccontextmanager
async def lifespan(app: FastAPI):
    pool = await open_pool(get_settings().database_url)
    app.state.pool = pool
    yield
    await pool.close()

def create_app() -> FastAPI:
    app = FastAPI(lifespan=lifespan)
    app.include_router(orders.router)
    return app

@pytest.fixture
def client(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", TEST_DATABASE_URL)
    get_settings.cache_clear()
    with TestClient(create_app()) as c:
        yield c

def test_pool_is_closed_on_shutdown(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", TEST_DATABASE_URL)
    get_settings.cache_clear()
    app = create_app()
    with TestClient(app) as c:
        assert c.get("/health").status_code == 200
        pool = app.state.pool
    assert pool.closed            # shutdown ran when the block was left
# -----------------------------------------------------------------------------------------------

mp = pytest.MonkeyPatch()
test_pool_is_closed_on_shutdown(mp)
print("test_pool_is_closed_on_shutdown passed")
gen = client.__pytest_wrapped__.obj(mp)
c = next(gen)
print("fixture client: GET /health ->", c.get("/health").json())
next(gen, None)

# without the with block the lifespan does not run
plain = TestClient(create_app())
try:
    plain.get("/health")
    raise AssertionError("expected AttributeError")
except AttributeError as e:
    print("TestClient without `with`: GET /health raises AttributeError:", e)

# a startup failure makes entering the block raise
mp.setenv("DATABASE_URL", "mysql://nope")
get_settings.cache_clear()
try:
    with TestClient(create_app()):
        pass
    raise AssertionError("expected the startup error")
except ValueError as e:
    print("startup failure when entering the block ->", e)

# dependency_overrides do not reach the lifespan
mp.setenv("DATABASE_URL", TEST_DATABASE_URL)
get_settings.cache_clear()
app = create_app()
app.dependency_overrides[get_settings] = lambda: (_ for _ in ()).throw(AssertionError("not used"))
with TestClient(app) as c2:
    print("override on get_settings, lifespan still used the real one:", c2.get("/health").json())

# deprecated on_event handlers also run only inside the with block
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    legacy = FastAPI()
    started = []
    legacy.on_event("startup")(lambda: started.append("startup"))
print("on_event warns:", [str(x.category.__name__) for x in w][:1])
TestClient(legacy).get("/")
print("on_event startup after a plain request:", started)
with TestClient(legacy):
    pass
print("on_event startup after a with block:", started)
assert started == ["startup"]
mp.undo()
print("OK testing-lifespan-events")
