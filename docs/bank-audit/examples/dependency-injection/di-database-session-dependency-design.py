# di-database-session-dependency-design: the model answer's lifespan + session dependency on aiosqlite, then the
# "commit after yield" variant with the default scope and with scope="function".
import os
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import SimpleNamespace
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict
from sqlalchemy import String, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

db_file = os.path.join(tempfile.mkdtemp(), "orders.db")
settings = SimpleNamespace(database_url=f"sqlite+aiosqlite:///{db_file}")


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String, unique=True)


class OrderIn(BaseModel):
    reference: str


class OrderOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    reference: str


events = []

# --- the model answer's code ---
@asynccontextmanager
async def lifespan(app: FastAPI):
    engine = create_async_engine(settings.database_url, pool_size=10, pool_pre_ping=True)
    async with engine.begin() as conn:          # added: create the table
        await conn.run_sync(Base.metadata.create_all)
    app.state.sessions = async_sessionmaker(engine, expire_on_commit=False)
    yield
    await engine.dispose()
    events.append("disposed")                   # added

async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.sessions() as session:   # closing rolls back anything uncommitted
        yield session

SessionDep = Annotated[AsyncSession, Depends(get_session)]

app = FastAPI(lifespan=lifespan)               # added: the app

@app.post("/orders", status_code=201, response_model=OrderOut)
async def create_order(body: OrderIn, session: SessionDep) -> Order:
    order = Order(**body.model_dump())
    session.add(order)
    try:
        await session.commit()
    except IntegrityError:
        raise HTTPException(409, "Duplicate order reference")
    return order
# --- end ---


async def count_orders(session: SessionDep) -> int:
    return await session.scalar(select(func.count()).select_from(Order))


# one session per request, shared by all dependants
async def other_user(session: SessionDep) -> int:
    return id(session)


@app.get("/same-session")
async def same_session(uid: Annotated[int, Depends(other_user)], session: SessionDep,
                       fn_session: Annotated[AsyncSession, Depends(get_session, scope="function")]):
    return {"shared": uid == id(session), "function_scope_is_other": id(fn_session) != id(session)}


# uncommitted work is rolled back when the session closes
@app.post("/no-commit")
async def no_commit(session: SessionDep):
    session.add(Order(reference="never-committed"))
    await session.flush()
    return {"flushed": True}


# the version the question warns about: commit after the yield
async def get_uow(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.sessions() as session:
        yield session
        events.append("commit after yield")
        await session.commit()


@app.post("/uow-request")
async def uow_request(body: OrderIn, session: Annotated[AsyncSession, Depends(get_uow)]):
    session.add(Order(**body.model_dump()))
    events.append("endpoint returns")
    return {"created": body.reference}


@app.post("/uow-function")
async def uow_function(body: OrderIn, session: Annotated[AsyncSession, Depends(get_uow, scope="function")]):
    session.add(Order(**body.model_dump()))
    return {"created": body.reference}


with TestClient(app, raise_server_exceptions=False) as client:
    r = client.post("/orders", json={"reference": "A-1"})
    print("create:", r.status_code, r.json())
    assert r.status_code == 201 and r.json() == {"id": 1, "reference": "A-1"}
    r = client.post("/orders", json={"reference": "A-1"})
    print("duplicate:", r.status_code, r.json())
    assert r.status_code == 409
    r = client.get("/same-session")
    print("same-session:", r.json())
    assert r.json() == {"shared": True, "function_scope_is_other": True}
    r = client.post("/no-commit")
    assert r.status_code == 200

    # default scope: the commit after yield fails on the unique constraint after the client already has a 200
    events.clear()
    r = client.post("/uow-request", json={"reference": "A-1"})
    print("commit-after-yield, default scope:", r.status_code, r.json(), events)
    assert r.status_code == 200 and r.json() == {"created": "A-1"}
    assert events == ["endpoint returns", "commit after yield"]

    # scope="function": the same failing commit runs before the response, so the client sees an error
    r = client.post("/uow-function", json={"reference": "A-1"})
    print("commit-after-yield, scope='function':", r.status_code, r.text)
    assert r.status_code == 500

    # scope="function" with a good reference commits before the response
    r = client.post("/uow-function", json={"reference": "B-2"})
    assert r.status_code == 200

    async def refs():
        async with app.state.sessions() as s:
            return sorted(await s.scalars(select(Order.reference)))
    # read back what was stored, on the TestClient's event loop
    stored = client.portal.call(refs)
    print("stored references:", stored)
    assert stored == ["A-1", "B-2"]   # no "never-committed", one A-1

print("events at the end:", events[-1])
assert events[-1] == "disposed"
print("OK di-database-session-dependency-design")
