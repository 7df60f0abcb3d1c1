"""db-sync-vs-async-sqlalchemy: the file's async engine, session dependency and endpoint on aiosqlite, plus the
pitfalls it lists (lazy loads, expiry, one session under gather, a sync session inside async def)."""
import asyncio
import os
import tempfile
import time

import httpx
from fastapi import FastAPI, HTTPException
from fastapi.exceptions import ResponseValidationError
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict
from sqlalchemy import ForeignKey, create_engine, func, text
from sqlalchemy.ext.asyncio import AsyncAttrs
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

d = tempfile.mkdtemp()


class settings:
    database_url = f"sqlite+aiosqlite:///{d}/a.db"


class Base(AsyncAttrs, DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    books: Mapped[list["Book"]] = relationship()


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))


class BookOut(BaseModel):
    title: str


class AuthorWithBooks(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    name: str
    books: list[BookOut]


app = FastAPI()

# --- the file's code ---------------------------------------------------------------------------
from typing import Annotated
from fastapi import Depends
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import selectinload

engine = create_async_engine(settings.database_url, pool_size=10)
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)

async def get_session():
    async with SessionLocal() as session:
        yield session

@app.get("/authors/{author_id}", response_model=AuthorWithBooks)
async def read_author(author_id: int, session: Annotated[AsyncSession, Depends(get_session)]):
    stmt = (select(Author).where(Author.id == author_id)
            .options(selectinload(Author.books)))        # load now, not lazily later
    author = (await session.execute(stmt)).scalar_one_or_none()
    # ... (the file elides the rest)
    if author is None:
        raise HTTPException(404)
    return author
# -----------------------------------------------------------------------------------------------


@app.get("/lazy/authors/{author_id}", response_model=AuthorWithBooks)
async def read_author_lazy(author_id: int, session: Annotated[AsyncSession, Depends(get_session)]):
    return await session.get(Author, author_id)          # no selectinload


async def setup():
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with SessionLocal() as s:
        s.add(Author(id=1, name="Le Guin", books=[Book(title="The Dispossessed"), Book(title="Lathe")]))
        await s.commit()


with TestClient(app) as c:
    c.portal.call(setup)
    r = c.get("/authors/1")
    print("GET /authors/1 (selectinload) ->", r.status_code, r.json())
    assert r.status_code == 200 and len(r.json()["books"]) == 2
    try:
        c.get("/lazy/authors/1")
        raise AssertionError("expected an error")
    except ResponseValidationError as e:
        msg = e.errors()[0]["msg"]
        print("GET /lazy/authors/1 (no eager load) -> ResponseValidationError:", msg[:75])
        assert "MissingGreenlet" in msg


async def pitfalls():
    # expiry after commit with the default expire_on_commit=True
    Default = async_sessionmaker(engine)
    async with Default() as s:
        a = await s.get(Author, 1)
        a.name = "Ursula K. Le Guin"
        await s.commit()
        try:
            a.name
            raise AssertionError("expected MissingGreenlet")
        except Exception as e:
            print("expire_on_commit=True, then author.name ->", type(e).__name__)
            assert type(e).__name__ == "MissingGreenlet"
        await s.refresh(a)
        print("after await session.refresh(author):", a.name)
    async with SessionLocal() as s:                       # expire_on_commit=False
        a = await s.get(Author, 1)
        a.name = "Le Guin"
        await s.commit()
        print("expire_on_commit=False, then author.name ->", a.name)
        books = await a.awaitable_attrs.books
        print("await author.awaitable_attrs.books ->", [b.title for b in books])

    # one AsyncSession under asyncio.gather
    async with SessionLocal() as s:
        results = await asyncio.gather(*[s.execute(select(Author)) for _ in range(5)], return_exceptions=True)
        errs = [type(r).__name__ for r in results if isinstance(r, BaseException)]
        print("asyncio.gather of 5 SELECTs on one AsyncSession (aiosqlite) -> errors:", errs)
    async with SessionLocal() as s:
        async def write(i):
            s.add(Book(title=f"b{i}", author_id=1))
            await s.commit()
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            results = await asyncio.gather(*[write(i) for i in range(5)], return_exceptions=True)
        errs = [type(r).__name__ for r in results if isinstance(r, BaseException)]
        print("asyncio.gather of 5 add+commit on one AsyncSession -> errors:", errs)
        assert errs
    async with asyncio.TaskGroup() as tg:                  # one session per task is fine
        async def one():
            async with SessionLocal() as s:
                return (await s.execute(select(Author))).scalars().all()
        tasks = [tg.create_task(one()) for _ in range(5)]
    print("one session per task:", [len(t.result()) for t in tasks])

asyncio.run(pitfalls())


# A sync Session inside async def blocks the event loop; in a def endpoint it blocks one threadpool thread.
sync_engine = create_engine(f"sqlite:///{d}/s.db", connect_args={"check_same_thread": False})


@__import__("sqlalchemy").event.listens_for(sync_engine, "connect")
def add_sleep(dbapi_conn, rec):
    dbapi_conn.create_function("slow", 1, lambda s: time.sleep(s) or 1)   # a 0.5 s query


blocking = FastAPI()


@blocking.get("/async-with-sync-session")
async def bad():
    with Session(sync_engine) as s:
        return {"v": s.execute(select(func.slow(0.5))).scalar()}


@blocking.get("/def-with-sync-session")
def good():
    with Session(sync_engine) as s:
        return {"v": s.execute(select(func.slow(0.5))).scalar()}


@blocking.get("/ping")
async def ping():
    return {"ok": True}


async def ping_latency(path):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=blocking), base_url="http://t") as ac:
        t0 = time.monotonic()

        async def timed_ping():
            await asyncio.sleep(0.05)            # sent while the slow query runs
            await ac.get("/ping")
            return time.monotonic() - t0 - 0.05  # how long the ping waited for an answer
        _, lat = await asyncio.gather(ac.get(path), timed_ping())
        return lat

lat_bad = asyncio.run(ping_latency("/async-with-sync-session"))
lat_good = asyncio.run(ping_latency("/def-with-sync-session"))
print(f"/ping while a sync query runs in async def: {lat_bad:.2f}s; in a def endpoint: {lat_good:.2f}s")
assert lat_bad > 0.3 and lat_good < 0.2
print("OK db-sync-vs-async-sqlalchemy")
