"""bg-task-queue-vs-background-tasks: ARQ and Redis are not installed, so the worker side (transcode running in an
`arq` worker, WorkerSettings, max_tries) is not run. What runs is the web side as it stands: the answer's imports
resolve to a stub `arq` package whose create_pool returns an in-memory pool, created in a lifespan handler and put
on app.state.arq as the answer's sentence says; the endpoint answers 202 with the job id and the job is recorded
as enqueued with its argument."""
import sys
import types
from contextlib import asynccontextmanager

# --- stub arq package (not the real library) ---
arq = types.ModuleType("arq")
arq_connections = types.ModuleType("arq.connections")


class RedisSettings:
    pass


class _Job:
    def __init__(self, job_id):
        self.job_id = job_id


class _Pool:
    def __init__(self):
        self.queue = []

    async def enqueue_job(self, function, *args):
        self.queue.append((function, args))
        return _Job(f"job-{len(self.queue)}")


async def create_pool(settings):
    assert isinstance(settings, RedisSettings)
    return _Pool()


arq.create_pool = create_pool
arq_connections.RedisSettings = RedisSettings
arq.connections = arq_connections
sys.modules["arq"] = arq
sys.modules["arq.connections"] = arq_connections

from fastapi import FastAPI, Request
from fastapi.testclient import TestClient


@asynccontextmanager
async def lifespan(app):
    app.state.arq = await create_pool(RedisSettings())
    yield

app = FastAPI(lifespan=lifespan)

# --- the answer's code, as it stands ---
# ARQ: asyncio-native, Redis-backed
from arq import create_pool
from arq.connections import RedisSettings

async def transcode(ctx, video_id: int) -> None:
    async with ctx["db"]() as session:              # sessionmaker put in ctx by on_startup
        ...                                          # safe to run twice

class WorkerSettings:                                # run with: arq app.worker.WorkerSettings
    functions = [transcode]
    max_tries = 5

@app.post("/videos/{video_id}/transcode", status_code=202)
async def start(video_id: int, request: Request):
    job = await request.app.state.arq.enqueue_job("transcode", video_id)
    return {"job_id": job.job_id}


with TestClient(app) as client:
    r = client.post("/videos/17/transcode")
    print(r.status_code, r.json(), "| queue:", client.app.state.arq.queue)
    assert r.status_code == 202 and r.json() == {"job_id": "job-1"}
    assert client.app.state.arq.queue == [("transcode", (17,))]
print("OK bg-task-queue-vs-background-tasks")
