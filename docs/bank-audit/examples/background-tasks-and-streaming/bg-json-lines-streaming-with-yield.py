"""bg-json-lines-streaming-with-yield: the answer's audit_events endpoint as it stands, with audit_repo.stream_since
as a stub async generator (dicts with an extra field, and optionally one bad row). Checked: application/jsonl, one
JSON object per line, items validated and filtered to the model's fields, the OpenAPI schema naming the item type,
a bad item raising ResponseValidationError after the 200 went out, a generator without annotation going through
jsonable_encoder, and a def generator iterated in a worker thread."""
import json
import threading
from collections.abc import Iterable
from datetime import datetime, timezone

from fastapi.exceptions import ResponseValidationError
from fastapi.testclient import TestClient

bad_row = [False]


class audit_repo:
    @staticmethod
    async def stream_since(since):
        for i in range(3):
            yield {"id": i, "actor": "ana", "action": "login", "at": since, "password_hash": "x"}
        if bad_row[0]:
            yield {"id": "not-a-number", "actor": "bob", "action": "x", "at": since}


# --- the answer's code, as it stands ---
from collections.abc import AsyncIterable
from datetime import datetime
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class AuditEvent(BaseModel):
    id: int
    actor: str
    action: str
    at: datetime

@app.get("/audit/events")
async def audit_events(since: datetime) -> AsyncIterable[AuditEvent]:
    async for row in audit_repo.stream_since(since):    # async DB cursor
        yield row


@app.get("/plain")
async def plain():
    yield {"when": datetime(2026, 1, 2, tzinfo=timezone.utc), "n": 1}


threads: list[str] = []


@app.get("/sync")
def sync_events() -> Iterable[AuditEvent]:
    for i in range(2):
        threads.append(threading.current_thread().name)
        yield {"id": i, "actor": "x", "action": "y", "at": "2026-01-01T00:00:00Z"}


client = TestClient(app)
r = client.get("/audit/events", params={"since": "2026-12-01T00:00:00Z"})
lines = r.text.splitlines()
print(r.status_code, r.headers["content-type"], lines)
assert r.status_code == 200 and r.headers["content-type"] == "application/jsonl"
items = [json.loads(line) for line in lines]
assert items[0] == {"id": 0, "actor": "ana", "action": "login", "at": "2026-12-01T00:00:00Z"}   # no password_hash
assert len(items) == 3 and "content-length" not in r.headers

op = app.openapi()["paths"]["/audit/events"]["get"]["responses"]["200"]["content"]
print("OpenAPI 200 content:", json.dumps(op))
assert "application/jsonl" in op and "AuditEvent" in json.dumps(op)

bad_row[0] = True
started = []


class Recorder:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        async def wrapped(message):
            if message["type"] == "http.response.start":
                started.append(message["status"])
            await send(message)
        await self.app(scope, receive, wrapped)


try:
    TestClient(Recorder(app)).get("/audit/events", params={"since": "2026-12-01T00:00:00Z"})
    raise AssertionError("no error")
except ResponseValidationError as exc:
    print("bad item: status already sent:", started, "| raised:", type(exc).__name__, exc.errors()[0]["loc"])
    assert started == [200]

r = client.get("/plain")
print("no annotation:", r.text.strip())
assert json.loads(r.text) == {"when": "2026-01-02T00:00:00+00:00", "n": 1}

r = client.get("/sync")
print("def generator:", r.headers["content-type"], r.text.splitlines(), "threads:", threads)
assert r.headers["content-type"] == "application/jsonl" and all("AnyIO worker thread" in t for t in threads)
print("OK bg-json-lines-streaming-with-yield")
