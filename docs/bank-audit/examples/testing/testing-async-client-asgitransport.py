"""testing-async-client-asgitransport: writes a small project (app/main.py, conftest.py) around the file's test,
runs it with pytest, then checks the claims about lifespan, AsyncClient(app=...), anyio_backend and loops."""
import os
import subprocess
import sys
import tempfile
import textwrap

root = tempfile.mkdtemp()
os.makedirs(f"{root}/app")
open(f"{root}/app/__init__.py", "w").close()

APP = '''
from contextlib import asynccontextmanager
from typing import Annotated
from fastapi import Depends, FastAPI, Request
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

DB_URL = "sqlite+aiosqlite:///{root}/orders.db"

class Base(DeclarativeBase):
    pass

class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str]
    qty: Mapped[int]

class OrderIn(BaseModel):
    sku: str
    qty: int

@asynccontextmanager
async def lifespan(app):
    app.state.started = True
    yield

app = FastAPI(lifespan=lifespan)

async def get_session():
    engine = create_async_engine(DB_URL)
    async with async_sessionmaker(engine, expire_on_commit=False)() as s:
        yield s
    await engine.dispose()

@app.post("/orders", status_code=201)
async def create(body: OrderIn, s: Annotated[AsyncSession, Depends(get_session)]):
    o = Order(**body.model_dump())
    s.add(o)
    await s.commit()
    return {{"id": o.id}}

@app.get("/started")
async def started(request: Request):
    return {{"started": getattr(request.app.state, "started", False)}}
'''.format(root=root)
open(f"{root}/app/main.py", "w").write(APP)

CONFTEST = '''
import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from app.main import Base, DB_URL

@pytest.fixture
async def db_session():                       # an async fixture, on the test's event loop
    engine = create_async_engine(DB_URL)
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with async_sessionmaker(engine)() as s:
        yield s
    await engine.dispose()
'''
open(f"{root}/conftest.py", "w").write(CONFTEST)

# --- the file's test, as it stands (Order imported as the test's code assumes) -------------------
TEST = '''
import pytest
from httpx import ASGITransport, AsyncClient
from app.main import app
from app.main import Order   # (the file uses Order without showing its import)

@pytest.fixture
def anyio_backend():
    return "asyncio"

@pytest.mark.anyio
async def test_order_is_stored(db_session):          # an async fixture
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://test") as ac:
        resp = await ac.post("/orders", json={"sku": "A1", "qty": 2})
    assert resp.status_code == 201
    order = await db_session.get(Order, resp.json()["id"])
    assert order.qty == 2
'''
# -------------------------------------------------------------------------------------------------
open(f"{root}/test_orders.py", "w").write(TEST)

EXTRA = '''
import asyncio
import pytest
from fastapi.testclient import TestClient
from httpx import ASGITransport, AsyncClient
from app.main import app

@pytest.fixture
def anyio_backend():
    return "asyncio"

@pytest.mark.anyio
async def test_asgitransport_does_not_run_lifespan():
    async with AsyncClient(transport=ASGITransport(app=app), base_url="http://test") as ac:
        assert (await ac.get("/started")).json() == {"started": False}

def test_testclient_with_block_runs_lifespan():
    with TestClient(app) as c:
        assert c.get("/started").json() == {"started": True}

def test_asyncclient_app_argument_is_gone():
    with pytest.raises(TypeError):
        AsyncClient(app=app, base_url="http://test")

@pytest.mark.anyio
async def test_testclient_runs_the_app_on_another_loop():
    q = asyncio.Queue()
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(q.get(), 0.01)        # waiting once binds the queue to pytest's loop
    from fastapi import FastAPI
    other = FastAPI()
    @other.get("/q")
    async def use_queue():
        await q.get()                                # waits: needs the loop it is bound to
        return {}
    with pytest.raises(RuntimeError, match="different event loop"):
        TestClient(other).get("/q")
'''
open(f"{root}/test_extra.py", "w").write(EXTRA)

UNPINNED = '''
import pytest

@pytest.mark.anyio
async def test_default_backend():
    pass
'''
open(f"{root}/test_unpinned.py", "w").write(UNPINNED)


def pytest_run(*args):
    p = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA", *args],
                       cwd=root, capture_output=True, text=True, timeout=40, env={**os.environ, "PYTHONPATH": f"{root}:/opt/py"})
    return p.returncode, p.stdout


rc, out = pytest_run("test_orders.py", "test_extra.py")
print(textwrap.indent("\n".join(l for l in out.splitlines() if l.startswith(("PASSED", "FAILED", "ERROR")) or "passed" in l), "  "))
assert rc == 0, out

rc, out = pytest_run("test_unpinned.py")
print("without pinning anyio_backend (AnyIO 4.8, trio not installed):")
print(textwrap.indent("\n".join(l for l in out.splitlines() if l.startswith(("PASSED", "FAILED", "ERROR")) or "passed" in l or "error" in l), "  "))
assert "test_default_backend[asyncio]" in out and "test_default_backend[trio]" in out
print("OK testing-async-client-asgitransport")
