"""db-global-session-shared-across-requests: the buggy module-level session, then the fix, on a SQLite file."""
import asyncio
import os
import tempfile
import threading
from collections import Counter
from typing import Annotated, Iterator

import httpx
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(unique=True)
    qty: Mapped[int]


class OrderIn(BaseModel):
    ref: str
    qty: int


class settings:
    database_url = ""


def new_database():
    # a fresh file per app; check_same_thread=false lets SQLite's driver be used from several threads, as a
    # Postgres driver can be, so what fails under load is the shared Session itself
    settings.database_url = "sqlite:///" + os.path.join(tempfile.mkdtemp(), "shop.db") + "?check_same_thread=false"


errors = Counter()


def record_errors(app):
    from fastapi.responses import PlainTextResponse

    @app.exception_handler(Exception)
    async def count(request, exc):
        errors[type(exc).__name__] += 1
        return PlainTextResponse("Internal Server Error", status_code=500)


def build_buggy_app():
    new_database()
    app = FastAPI()
    record_errors(app)
    # --- the file's code (buggy) ---------------------------------------------------------------
    engine = create_engine(settings.database_url)
    session = Session(engine)

    @app.post("/orders", status_code=201)
    def create_order(body: OrderIn):
        order = Order(**body.model_dump())
        session.add(order)
        session.commit()
        return {"id": order.id}

    @app.get("/orders/{order_id}")
    def read_order(order_id: int):
        return session.get(Order, order_id)
    # -------------------------------------------------------------------------------------------
    return app, engine


def build_fixed_app():
    new_database()
    app = FastAPI()
    engine = create_engine(settings.database_url)
    threads: list[tuple[int, int]] = []
    # --- the file's fix --------------------------------------------------------------------------
    SessionLocal = sessionmaker(engine)

    def get_session() -> Iterator[Session]:
        with SessionLocal() as session:        # closed (and rolled back) on exit, even on errors
            threads.append(("dep", threading.get_ident()))
            yield session

    SessionDep = Annotated[Session, Depends(get_session)]

    @app.post("/orders", status_code=201)
    def create_order(body: OrderIn, session: SessionDep):
        threads.append(("endpoint", threading.get_ident()))
        order = Order(**body.model_dump())
        session.add(order)
        session.commit()
        return {"id": order.id}
    # -------------------------------------------------------------------------------------------
    @app.get("/orders/{order_id}")
    def read_order(order_id: int, session: SessionDep):
        return session.get(Order, order_id)
    return app, engine, threads


def reset(engine):
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)


async def burst(app, n, prefix):
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as ac:
        rs = await asyncio.gather(*[ac.post("/orders", json={"ref": f"{prefix}{i}", "qty": i}) for i in range(n)])
    return rs


# 1. Buggy app, one request at a time: the tests pass
app, engine = build_buggy_app()
reset(engine)
c = TestClient(app)
r = c.post("/orders", json={"ref": "A", "qty": 1})
print("buggy, sequential: POST ->", r.status_code, r.json(), "GET ->", c.get(f"/orders/{r.json()['id']}").json())
assert r.status_code == 201

# 2. Buggy app, a duplicate key: every later request fails until a restart
c = TestClient(app, raise_server_exceptions=False)
r = c.post("/orders", json={"ref": "A", "qty": 2})
print("buggy, duplicate ref ->", r.status_code)
assert r.status_code == 500
c2 = TestClient(app)
later = []
for path, kind in [("/orders", "post"), ("/orders/1", "get")]:
    try:
        getattr(c2, kind)(path, **({"json": {"ref": "B", "qty": 3}} if kind == "post" else {}))
        later.append("no error")
    except Exception as e:
        later.append(type(e).__name__)
print("buggy, the next POST and GET raise:", later)
assert later == ["PendingRollbackError", "PendingRollbackError"], later

import warnings
warnings.simplefilter("ignore")      # SQLAlchemy warns about the concurrent use it detects
# 3. Buggy app under concurrent load (def endpoints run in the threadpool)
failures = Counter()
for attempt in range(5):
    app, engine = build_buggy_app()
    reset(engine)
    rs = asyncio.run(burst(app, 60, f"x{attempt}-"))
    failures.update(r.status_code for r in rs)
print("buggy, 5 bursts of 60 concurrent POSTs, status codes:", dict(failures))
print("  exceptions behind the 500s:", dict(errors))
assert failures[500] > 0, "expected some 500s from the shared session under concurrency"

# 4. Fixed app: concurrent load is fine, a duplicate only fails its own request
app, engine, threads = build_fixed_app()
reset(engine)
rs = asyncio.run(burst(app, 60, "y"))
codes = Counter(r.status_code for r in rs)
print("fixed, 60 concurrent POSTs:", dict(codes))
assert codes == {201: 60}
c = TestClient(app, raise_server_exceptions=False)
print("fixed, duplicate ref ->", c.post("/orders", json={"ref": "y1", "qty": 9}).status_code,
      "then a new one ->", c.post("/orders", json={"ref": "z", "qty": 9}).status_code)
assert c.post("/orders", json={"ref": "y2", "qty": 9}).status_code == 500
assert c.post("/orders", json={"ref": "z2", "qty": 9}).status_code == 201

# sync dependency and endpoint of one request can run on different threadpool threads
pairs = list(zip(threads[0:120:2], threads[1:120:2]))
differ = sum(1 for (a, ta), (b, tb) in pairs if a == "dep" and b == "endpoint" and ta != tb)
print(f"fixed: dependency and endpoint on different threads in {differ} of {len(pairs)} concurrent requests")

import anyio.to_thread


async def tokens():
    return anyio.to_thread.current_default_thread_limiter().total_tokens
print("threadpool size (AnyIO default limiter):", asyncio.run(tokens()))
print("OK db-global-session-shared-across-requests")
