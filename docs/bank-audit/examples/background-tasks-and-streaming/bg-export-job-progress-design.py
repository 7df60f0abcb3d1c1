"""bg-export-job-progress-design: the answer's only code is the SSE progress endpoint; it runs here as it stands,
with stubs: ExportStatus, CurrentUser, and jobs.watch (an async generator that yields three states, pausing before
the last). Checked: text/event-stream, one `data:` line of the model's JSON per state, the stream ends after
"done", the Cache-Control and X-Accel-Buffering headers, and the keep-alive comment on an idle stream (FastAPI's
15 s interval, lowered to 0.1 s for the run through the module constant its tests patch). The queue, jobs table,
object storage and presigned URLs of the design are not code and are not run."""
import asyncio
import json
from collections.abc import AsyncIterable
from typing import Annotated
from uuid import UUID, uuid4

import fastapi.routing
import fastapi.sse
from fastapi import Depends, FastAPI
from fastapi.sse import EventSourceResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel


class ExportStatus(BaseModel):
    job_id: UUID
    state: str
    percent: int


class User(BaseModel):
    id: int


CurrentUser = Annotated[User, Depends(lambda: User(id=1))]


class jobs:
    @staticmethod
    async def watch(job_id, owner):
        yield ExportStatus(job_id=job_id, state="running", percent=10)
        yield ExportStatus(job_id=job_id, state="running", percent=60)
        await asyncio.sleep(0.35)                    # idle for a while
        yield ExportStatus(job_id=job_id, state="done", percent=100)


app = FastAPI()


# --- the answer's code, as it stands ---
@app.get("/exports/{job_id}/events", response_class=EventSourceResponse)
async def export_events(job_id: UUID, user: CurrentUser) -> AsyncIterable[ExportStatus]:
    async for status in jobs.watch(job_id, owner=user.id):   # ends after done/failed
        yield status


print("default ping interval:", fastapi.sse._PING_INTERVAL, "s")
assert fastapi.sse._PING_INTERVAL == 15.0
fastapi.routing._PING_INTERVAL = 0.1

job = uuid4()
with TestClient(app) as client:
    r = client.get(f"/exports/{job}/events")
print(r.status_code, r.headers["content-type"], "| cache-control:", r.headers.get("cache-control"),
      "| x-accel-buffering:", r.headers.get("x-accel-buffering"))
print(r.text)
assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
assert r.headers["cache-control"] == "no-cache" and r.headers["x-accel-buffering"] == "no"
blocks = [b for b in r.text.split("\n\n") if b]
data = [json.loads(b[len("data: "):]) for b in blocks if b.startswith("data: ")]
assert [d["percent"] for d in data] == [10, 60, 100] and data[-1]["state"] == "done"
assert data[0] == {"job_id": str(job), "state": "running", "percent": 10}
assert ": ping" in blocks, blocks                 # keep-alive comment while the generator was idle
print("OK bg-export-job-progress-design")
