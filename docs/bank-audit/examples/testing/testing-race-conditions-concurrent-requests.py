"""testing-race-conditions-concurrent-requests: the file's concurrent test (AsyncClient + ASGITransport +
asyncio.gather) run with pytest against a racy and a fixed POST /reservations on SQLite files (no PostgreSQL
here), each request with its own connection; then with the forced interleaving the file describes."""
import os
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()
open(f"{root}/conftest.py", "w").write(f'''
import asyncio, os, pytest
from typing import Annotated
from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

ENGINE = create_async_engine("sqlite+aiosqlite:///{root}/seats.db", connect_args={{"timeout": 10}})
Sessions = async_sessionmaker(ENGINE)
FIXED = os.environ.get("FIXED") == "1"

class Hooks:
    async def after_read(self):            # the pause a test can inject between the read and the write
        await asyncio.sleep(0)
hooks = Hooks()

async def get_session():
    async with Sessions() as s:            # a connection per request
        yield s

class ReservationIn(BaseModel):
    event_id: int

app = FastAPI()

@app.post("/reservations", status_code=201)
async def reserve(body: ReservationIn, s: Annotated[AsyncSession, Depends(get_session)]):
    if FIXED:
        r = await s.execute(text("UPDATE events SET seats = seats - 1 WHERE id = :id AND seats > 0"),
                            {{"id": body.event_id}})
        if r.rowcount == 0:
            raise HTTPException(409, "sold out")
    else:
        seats = (await s.execute(text("SELECT seats FROM events WHERE id = :id"), {{"id": body.event_id}})).scalar()
        await hooks.after_read()
        if seats < 1:
            raise HTTPException(409, "sold out")
        await s.execute(text("UPDATE events SET seats = :n WHERE id = :id"), {{"n": seats - 1, "id": body.event_id}})
    await s.execute(text("INSERT INTO reservations (event_id) VALUES (:id)"), {{"id": body.event_id}})
    await s.commit()
    return {{"ok": True}}

@pytest.fixture
def anyio_backend():
    return "asyncio"

@pytest.fixture
async def event_with_one_seat():
    async with ENGINE.begin() as c:        # committed setup; cleaned up by truncation afterwards
        await c.execute(text("CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, seats INT)"))
        await c.execute(text("CREATE TABLE IF NOT EXISTS reservations (id INTEGER PRIMARY KEY, event_id INT)"))
        await c.execute(text("INSERT INTO events (id, seats) VALUES (1, 1)"))
    yield 1
    async with ENGINE.begin() as c:
        await c.execute(text("DELETE FROM reservations"))
        await c.execute(text("DELETE FROM events"))

async def seats_left(event_id):
    async with ENGINE.connect() as c:
        return (await c.execute(text("SELECT seats FROM events WHERE id = :id"), {{"id": event_id}})).scalar()

@pytest.fixture
def barrier():
    """Release every request only once all ten have read the seat count."""
    n, arrived, gate = 10, [0], asyncio.Event()
    async def after_read():
        arrived[0] += 1
        if arrived[0] == n:
            gate.set()
        await gate.wait()
    hooks.after_read = after_read
    yield
    del hooks.after_read
''')
# --- the file's test (imports added) --------------------------------------------------------------
TEST = '''
import asyncio
import pytest
from httpx import ASGITransport, AsyncClient
from conftest import app, seats_left

@pytest.mark.anyio
async def test_last_seat_is_sold_once(event_with_one_seat):
    transport = ASGITransport(app=app)
    async with AsyncClient(transport=transport, base_url="http://test") as ac:
        results = await asyncio.gather(*[
            ac.post("/reservations", json={"event_id": event_with_one_seat}) for _ in range(10)
        ])
    codes = sorted(r.status_code for r in results)
    assert codes == [201] + [409] * 9
    assert await seats_left(event_with_one_seat) == 0
'''
# ---------------------------------------------------------------------------------------------------
TEST += '''

@pytest.mark.anyio
@pytest.mark.usefixtures("barrier")
async def test_last_seat_forced_interleaving(event_with_one_seat):
    await test_last_seat_is_sold_once(event_with_one_seat)
'''
open(f"{root}/test_race.py", "w").write(TEST)


def run(fixed):
    p = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA"],
                       cwd=root, capture_output=True, text=True, timeout=50,
                       env={**os.environ, "FIXED": "1" if fixed else "0"})
    lines = [l for l in p.stdout.splitlines() if l.startswith(("PASSED", "FAILED", "ERROR")) or " passed" in l
             or " failed" in l or l.startswith("E       assert")]
    return p.returncode, lines


rc, lines = run(fixed=False)
print("racy endpoint (read, await, write):")
print("\n".join("  " + l for l in lines))
assert any(l.startswith("FAILED test_race.py::test_last_seat_forced_interleaving") for l in lines)
rc, lines = run(fixed=True)
print("fixed endpoint (UPDATE ... WHERE seats > 0):")
print("\n".join("  " + l for l in lines))
assert rc == 0
print("OK testing-race-conditions-concurrent-requests")
