"""db-read-replica-routing-design: the file's lifespan and two session dependencies, with two SQLite files standing
in for the Postgres primary and a replica that has not caught up (no replication here: the "replica" is a copy)."""
import asyncio
import os
import shutil
import tempfile
from contextlib import asynccontextmanager
from typing import Annotated, AsyncIterator

from fastapi import Depends, FastAPI, Request
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


d = tempfile.mkdtemp()


class settings:
    primary_url = f"sqlite+aiosqlite:///{d}/primary.db"
    replica_url = f"sqlite+aiosqlite:///{d}/replica.db"


async def init_db():
    e = create_async_engine(settings.primary_url)
    async with e.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    await e.dispose()
    shutil.copy(f"{d}/primary.db", f"{d}/replica.db")   # replica as of now

asyncio.run(init_db())
disposed = []

# --- the file's code ---------------------------------------------------------------------------
@asynccontextmanager
async def lifespan(app: FastAPI):
    primary = create_async_engine(settings.primary_url, pool_size=5, pool_pre_ping=True)
    replica = create_async_engine(settings.replica_url, pool_size=10, pool_pre_ping=True)
    app.state.write = async_sessionmaker(primary, expire_on_commit=False)
    app.state.read = async_sessionmaker(replica)
    yield
    await primary.dispose()
    await replica.dispose()
    disposed.append(True)

async def get_write_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.write() as session:
        yield session

async def get_read_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.read() as session:
        yield session

WriteSessionDep = Annotated[AsyncSession, Depends(get_write_session)]
ReadSessionDep = Annotated[AsyncSession, Depends(get_read_session)]
# -----------------------------------------------------------------------------------------------

app = FastAPI(lifespan=lifespan)


@app.post("/products", status_code=201)
async def create_product(name: str, session: WriteSessionDep):
    p = Product(name=name)
    session.add(p)
    await session.commit()
    return {"id": p.id, "name": p.name}      # return the created resource from the write itself


@app.get("/products")
async def list_products(session: ReadSessionDep):
    return [p.name for p in (await session.scalars(select(Product))).all()]


with TestClient(app) as c:
    pools = (app.state.write.kw["bind"].pool, app.state.read.kw["bind"].pool)
    print("pools per worker:", [(type(p).__name__, p.size()) for p in pools])
    r = c.post("/products", params={"name": "lamp"})
    print("POST /products (primary) ->", r.status_code, r.json())
    print("GET /products (replica, not caught up) ->", c.get("/products").json())
    assert r.status_code == 201 and c.get("/products").json() == []
print("engines disposed on shutdown:", disposed == [True])
assert disposed == [True]


# Tests: map both dependencies to one test session, so what a test writes is visible to the read path
async def one_test_session_demo():
    engine = create_async_engine(f"sqlite+aiosqlite:///{d}/test.db")
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    return engine

test_engine = asyncio.run(one_test_session_demo())
TestSession = async_sessionmaker(test_engine, expire_on_commit=False)


test_session = TestSession()          # one session, used only inside one TestClient block (one event loop)
app.dependency_overrides[get_read_session] = lambda: test_session
app.dependency_overrides[get_write_session] = lambda: test_session
with TestClient(app) as c:
    c.post("/products", params={"name": "desk"})
    print("both overridden to the test database: GET ->", c.get("/products").json())
    assert c.get("/products").json() == ["desk"]
    c.portal.call(test_session.close)
app.dependency_overrides.clear()
print("OK db-read-replica-routing-design")
