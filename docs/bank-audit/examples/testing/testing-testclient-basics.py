"""testing-testclient-basics: writes the file's app/main.py and tests/test_notes.py word for word, runs pytest on
them, then checks the points it lists (testserver base URL, lifespan only inside `with`, raise_server_exceptions,
plain dicts)."""
import os
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()
os.makedirs(f"{root}/app")
os.makedirs(f"{root}/tests")
open(f"{root}/app/__init__.py", "w").close()
# --- the file's code ------------------------------------------------------------------------------
open(f"{root}/app/main.py", "w").write('''# app/main.py
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class Note(BaseModel):
    title: str
    stars: int = 0

@app.post("/notes", status_code=201)
def create_note(note: Note) -> Note:
    return note
''')
open(f"{root}/tests/test_notes.py", "w").write('''# tests/test_notes.py
from fastapi.testclient import TestClient
from app.main import app

client = TestClient(app)

def test_create_note():
    resp = client.post("/notes", json={"title": "Buy milk"})
    assert resp.status_code == 201
    assert resp.json() == {"title": "Buy milk", "stars": 0}

def test_rejects_bad_payload():
    resp = client.post("/notes", json={"stars": "many"})
    assert resp.status_code == 422
''')
# ---------------------------------------------------------------------------------------------------
p = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA", "-p", "no:asyncio",
                    "-p", "no:anyio"], cwd=root, capture_output=True, text=True, timeout=40,
                   env={**os.environ, "PYTHONPATH": f"{root}:/opt/py"})
print("\n".join(l for l in p.stdout.splitlines() if l.startswith(("PASSED", "FAILED", "ERROR")) or " passed" in l))
assert p.returncode == 0 and "2 passed" in p.stdout, p.stdout + p.stderr
print("(pytest ran with the asyncio and anyio plugins disabled: plain def tests need neither)")

from contextlib import asynccontextmanager
from datetime import date

from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from pydantic import BaseModel
import starlette.testclient as stc
print("TestClient is Starlette's:", TestClient is stc.TestClient, "| built on", stc.httpx.__name__,
      stc.httpx.__version__, "| subclass of httpx.Client:", issubclass(TestClient, stc.httpx.Client))

started = []


@asynccontextmanager
async def lifespan(app):
    started.append("lifespan")
    yield

app = FastAPI(lifespan=lifespan)


@app.get("/where")
def where(request: Request):
    return {"url": str(request.url_for("where"))}


@app.get("/boom")
def boom():
    raise ValueError("kaboom")


class Event(BaseModel):
    day: date


@app.post("/events")
def events(e: Event):
    return e


c = TestClient(app)
print("absolute URL the app builds:", c.get("/where").json())
assert c.get("/where").json() == {"url": "http://testserver/where"}
print("lifespan ran without `with`:", started)
with TestClient(app) as c2:
    print("lifespan ran inside `with`:", started)
assert started == ["lifespan"]
try:
    c.get("/boom")
except ValueError as e:
    print("default client: the endpoint's ValueError is re-raised in the test:", e)
r = TestClient(app, raise_server_exceptions=False).get("/boom")
print("raise_server_exceptions=False ->", r.status_code)
try:
    c.post("/events", json=Event(day=date(2026, 12, 1)))
except TypeError as e:
    print("json=<a Pydantic model> ->", type(e).__name__, str(e)[:60])
print("json=model.model_dump(mode='json') ->", c.post("/events", json=Event(day=date(2026, 12, 1)).model_dump(mode="json")).json())
print("OK testing-testclient-basics")
