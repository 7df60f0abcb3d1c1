"""async-fire-and-forget-create-task-bug: the question's endpoint and the answer's BackgroundTasks fix as they stand,
served by a real Uvicorn on a free 127.0.0.1 port (the claims are about the server's shutdown). Stubs: UserIn,
accounts.create, crm.sync_contact (0.5 s, records whether it finished, was cancelled or failed).
1. Shutdown: a request, then an immediate graceful shutdown. The create_task sync is cancelled; the
   BackgroundTasks sync finishes before the server stops.
2. Errors: a failing create_task sync shows up only as asyncio's "Task exception was never retrieved" once the task
   is collected; the same failure in BackgroundTasks is logged by Uvicorn with a traceback.
3. Weak references: a task whose only reference is the loop's is collected mid-run ("Task was destroyed but it is
   pending!"). Shown with a task waiting on a future nothing else holds; a task waiting on a socket or a timer is
   also held through the loop's selector or timer heap, so this is the case the Python docs warn about, not every
   fire-and-forget task."""
import asyncio
import gc
import logging
import socket
import threading
import time
from types import SimpleNamespace

import httpx
import uvicorn
from fastapi import BackgroundTasks, FastAPI
from pydantic import BaseModel

outcome: list[str] = []


class UserIn(BaseModel):
    email: str


async def _create(user):
    return SimpleNamespace(id=1)


async def _sync_contact(account_id, email):
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        outcome.append(f"sync {email}: cancelled")
        raise
    if email.startswith("bad"):
        raise RuntimeError(f"CRM rejected {email}")
    outcome.append(f"sync {email}: done")


accounts = SimpleNamespace(create=_create)
crm = SimpleNamespace(sync_contact=_sync_contact)

# --- the question's code, as it stands ---
app = FastAPI()

@app.post("/signup", status_code=201)
async def signup(user: UserIn):
    account = await accounts.create(user)
    asyncio.create_task(crm.sync_contact(account.id, user.email))
    return {"id": account.id}


# --- the answer's fix, as it stands ---
app2 = FastAPI()

@app2.post("/signup", status_code=201)
async def signup(user: UserIn, tasks: BackgroundTasks):
    account = await accounts.create(user)
    tasks.add_task(crm.sync_contact, account.id, user.email)
    return {"id": account.id}


class Capture(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


def run_and_stop(application, email, keep_running=0.0):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(application, http="h11", log_level="warning"))
    cap = Capture()
    logging.getLogger("uvicorn.error").addHandler(cap)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    t0 = time.perf_counter()
    r = httpx.post(f"http://127.0.0.1:{sock.getsockname()[1]}/signup", json={"email": email})
    answered = time.perf_counter() - t0
    time.sleep(keep_running)
    server.should_exit = True                        # what SIGTERM does
    thread.join(5)
    logging.getLogger("uvicorn.error").removeHandler(cap)
    return r, answered, cap.records


# 1. shutdown right after the response
r, answered, _ = run_and_stop(app, "ana@x.io")
print(f"create_task: {r.status_code} {r.json()} after {answered:.2f}s; then shutdown ->", outcome)
assert r.status_code == 201 and outcome == ["sync ana@x.io: cancelled"]
outcome.clear()
r, answered, _ = run_and_stop(app2, "ana@x.io")
print(f"BackgroundTasks: {r.status_code} {r.json()} after {answered:.2f}s; then shutdown ->", outcome)
assert r.status_code == 201 and outcome == ["sync ana@x.io: done"] and answered < 0.4

# 2. a failing sync
asyncio_cap = Capture()
logging.getLogger("asyncio").addHandler(asyncio_cap)
outcome.clear()
r, _, records = run_and_stop(app, "bad@x.io", keep_running=0.8)
gc.collect()
server_log = [rec.getMessage() for rec in records]
asyncio_log = [rec.getMessage() for rec in asyncio_cap.records]
print("create_task failure: response", r.status_code, "| server log:", server_log, "| asyncio log:", asyncio_log)
assert server_log == [] and any("never retrieved" in m for m in asyncio_log)
r, _, records = run_and_stop(app2, "bad@x.io")
msgs = [(rec.getMessage().strip(), rec.exc_info[1]) for rec in records]
print("BackgroundTasks failure: response", r.status_code, "| server log:", msgs)
assert msgs and msgs[0][0] == "Exception in ASGI application" and "CRM rejected" in str(msgs[0][1])


# 3. weak references: a task suspended on a future that only the task itself knows about
async def waits_on_orphan_future():
    try:
        await asyncio.get_running_loop().create_future()
    finally:
        outcome.append("never reached while the loop runs")


async def main():
    asyncio.create_task(waits_on_orphan_future())
    await asyncio.sleep(0.01)                        # the task starts and suspends
    gc.collect()
    await asyncio.sleep(0.01)


asyncio_cap.records.clear()
outcome.clear()
asyncio.run(main())
gc_log = [rec.getMessage().splitlines()[0] for rec in asyncio_cap.records]
print("orphan task:", gc_log)
assert any("Task was destroyed but it is pending" in m for m in gc_log)
print("OK async-fire-and-forget-create-task-bug")
