# resp-large-json-payload-performance: times the three ways to send many rows (no model, a return type, an
# app-wide ORJSONResponse), shows which serialiser FastAPI used, what Response(orjson.dumps(rows)) skips, and
# runs the file's JSON Lines export against SQLite through aiosqlite (Event, EventOut and SessionDep written here).
import time
import warnings
from datetime import datetime, timezone
from decimal import Decimal
from typing import Annotated

import orjson
from fastapi import Depends, FastAPI, Response
from fastapi._compat import v2 as compat_v2
from fastapi.testclient import TestClient
from pydantic import BaseModel

N = 10_000
rows = [{"id": i, "kind": "click", "created_at": datetime(2026, 3, 1, tzinfo=timezone.utc), "internal_notes": "x"}
        for i in range(N)]


class EventOut(BaseModel):
    id: int
    kind: str
    created_at: datetime


calls = {"json": 0, "python": 0}
_sj, _s = compat_v2.ModelField.serialize_json, compat_v2.ModelField.serialize
compat_v2.ModelField.serialize_json = lambda self, *a, **k: (calls.__setitem__("json", calls["json"] + 1), _sj(self, *a, **k))[1]
compat_v2.ModelField.serialize = lambda self, *a, **k: (calls.__setitem__("python", calls["python"] + 1), _s(self, *a, **k))[1]

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.responses import ORJSONResponse
    plain, typed = FastAPI(), FastAPI()
    orj = FastAPI(default_response_class=ORJSONResponse)


@plain.get("/events")
async def ev_plain():
    return rows


@typed.get("/events")
async def ev_typed() -> list[EventOut]:
    return rows


@orj.get("/events")
async def ev_orj() -> list[EventOut]:
    return rows


@plain.get("/events-raw")
async def ev_raw():
    return Response(orjson.dumps(rows), media_type="application/json")


import statistics
for name, a, path in (("no model (jsonable_encoder)", plain, "/events"), ("-> list[EventOut]", typed, "/events"),
                      ("default_response_class=ORJSONResponse", orj, "/events"), ("Response(orjson.dumps(rows))", plain, "/events-raw")):
    c = TestClient(a)
    times = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c.get(path)
        calls.update(json=0, python=0)
        r = c.get(path)
        used = dict(calls)
        for _ in range(15):
            t0 = time.perf_counter()
            c.get(path)
            times.append(time.perf_counter() - t0)
    print(f"{name:40} median {statistics.median(times):.3f}s for {N} rows  serialize_json={used['json']} serialize={used['python']}  keys={sorted(r.json()[0])}")
calls.update(json=0, python=0)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    TestClient(orj).get("/events")
assert calls == {"json": 0, "python": 1}, "an app-wide response class turns off the dump_json path"

try:
    orjson.dumps({"total": Decimal("1.50")})
except TypeError as e:
    print("orjson and Decimal:", type(e).__name__, e)

# --- the file's export code, on SQLite ---
from collections.abc import AsyncIterable
from sqlalchemy import DateTime, Integer, String, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase):
    pass


class Event(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    internal_notes: Mapped[str] = mapped_column(String, default="secret")


engine = create_async_engine("sqlite+aiosqlite://", poolclass=StaticPool)
Session = async_sessionmaker(engine)


async def get_session():
    async with Session() as s:
        yield s

SessionDep = Annotated[AsyncSession, Depends(get_session)]
app = FastAPI()

@app.get("/events/export")
async def export_events(session: SessionDep) -> AsyncIterable[EventOut]:
    result = await session.stream(select(Event.id, Event.kind, Event.created_at))
    async for row in result.mappings():
        yield dict(row)              # validated as EventOut, sent as one JSON line


@app.get("/events/bad-export")
async def bad_export() -> AsyncIterable[EventOut]:
    yield {"id": 1, "kind": "click", "created_at": datetime(2026, 1, 1)}
    yield {"id": "not an int", "kind": "x", "created_at": datetime(2026, 1, 1)}
# ------------------------------------------


async def seed():
    async with engine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    async with Session() as s:
        s.add_all([Event(id=i, kind="click", created_at=datetime(2026, 3, 1, 12, i)) for i in range(3)])
        await s.commit()

with TestClient(app) as c:
    c.portal.call(seed)
    r = c.get("/events/export")
    print("export:", r.status_code, r.headers["content-type"])
    print(r.text)
    lines = r.text.splitlines()
    assert len(lines) == 3 and "internal_notes" not in r.text
    try:
        r = c.get("/events/bad-export")
        print("bad item:", r.status_code, repr(r.text))
    except Exception as e:
        print("bad item raised:", type(e).__name__, str(e)[:120])
    spec = c.get("/openapi.json").json()["paths"]["/events/export"]["get"]["responses"]["200"]["content"]
    print("OpenAPI for the export:", list(spec))
print("OK resp-large-json-payload-performance")
