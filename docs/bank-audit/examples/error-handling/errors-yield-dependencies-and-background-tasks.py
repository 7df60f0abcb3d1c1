# errors-yield-dependencies-and-background-tasks: the question's code with an in-memory fake session, each of the
# three problems, then the model answer's fix. The ASGI app is wrapped to record what would reach Uvicorn's log.
import logging
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import BackgroundTasks, Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel

COMMITTED, AUDIT, trace = [], [], []
FAIL = {"endpoint": False, "commit": False, "audit": False}


class CommitError(Exception):
    pass


class Session:  # fake AsyncSession
    def __init__(self):
        self.pending = []
        self.closed = False

    async def commit(self):
        trace.append("commit")
        if FAIL["commit"]:
            raise CommitError("serialization failure")
        COMMITTED.extend(self.pending)
        self.pending = []

    async def rollback(self):
        trace.append("rollback")
        self.pending = []

    async def close(self):
        trace.append("close")
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.close()

    @asynccontextmanager
    async def begin(self):
        yield
        await self.commit()


AsyncSession = Session


class TransferIn(BaseModel):
    amount: int


class TransferOut(BaseModel):
    id: int
    amount: int


class Transfers:
    async def create(self, session, data):
        if FAIL["endpoint"]:
            raise ValueError("account not found")
        t = TransferOut(id=len(COMMITTED) + 1, amount=data.amount)
        session.pending.append(t.id)
        return t


class Audit:
    async def record(self, session, transfer_id):
        if FAIL["audit"]:
            raise RuntimeError("audit table locked")
        session.pending.append(f"audit-{transfer_id}")


transfers, audit = Transfers(), Audit()


async def write_audit(session, transfer_id):          # the team's version: uses the request's session
    trace.append(f"write_audit sees committed={COMMITTED[:]} pending={session.pending}")
    if FAIL["audit"]:
        raise RuntimeError("audit table locked")
    AUDIT.append(transfer_id)


def second_task():
    trace.append("second task")


buggy = FastAPI()
app = buggy

# --- the question's code ---
async def get_session():
    session = Session()
    try:
        yield session
        await session.commit()
    except Exception:
        await session.rollback()
    finally:
        await session.close()

@app.post("/transfers", status_code=201)
async def create_transfer(data: TransferIn, tasks: BackgroundTasks,
                          session: Annotated[AsyncSession, Depends(get_session)]):
    transfer = await transfers.create(session, data)
    tasks.add_task(write_audit, session, transfer.id)
    tasks.add_task(second_task)  # added: a second task on the same BackgroundTasks
    return transfer
# --- end ---

server_log = []


def served(asgi):
    async def wrapped(scope, receive, send):
        try:
            await asgi(scope, receive, send)
        except Exception as exc:
            server_log.append(f"{type(exc).__name__}: {str(exc)[:40]}")
            raise
    return TestClient(wrapped, raise_server_exceptions=False)


def run(client, label, **fail):
    FAIL.update({"endpoint": False, "commit": False, "audit": False, **fail})
    COMMITTED.clear(), AUDIT.clear(), trace.clear(), server_log.clear()
    r = client.post("/transfers", json={"amount": 5})
    print(f"{label}: {r.status_code} | committed={COMMITTED} audit={AUDIT} | trace={trace} | server log={server_log}")
    return r


c = served(buggy)
r = run(c, "happy path")
assert r.status_code == 201 and COMMITTED == [1]
assert trace[0] == "write_audit sees committed=[] pending=[1]"      # task ran before the commit after yield

# 1. the endpoint raises: swallowed, generic 500, only FastAPIError logged
r = run(c, "1. endpoint raises", endpoint=True)
assert r.status_code == 500 and r.text == "Internal Server Error"
assert len(server_log) == 1 and server_log[0].startswith("FastAPIError: Response not awaited")
assert "ValueError" not in server_log[0]

# 2. the commit after yield fails: 201 already sent, nothing logged
r = run(c, "2. commit fails", commit=True)
assert r.status_code == 201 and r.json() == {"id": 1, "amount": 5} and COMMITTED == [] and server_log == []
assert trace[-3:] == ["commit", "rollback", "close"]

# 3. the background task raises: second task skipped, transfer rolled back, only "Response not awaited"
r = run(c, "3. audit task raises", audit=True)
assert r.status_code == 201 and COMMITTED == [] and "second task" not in trace and "commit" not in trace
assert len(server_log) == 1 and server_log[0].startswith("FastAPIError: Response not awaited")


# 3b. with a dependency that re-raises, the task's exception reaches the server log
async def get_session_reraise():
    session = Session()
    try:
        yield session
        await session.commit()
    except Exception:
        await session.rollback()
        raise
    finally:
        await session.close()


buggy.dependency_overrides[get_session] = get_session_reraise
r = run(c, "3b. audit task raises, dependency re-raises", audit=True)
assert server_log == ["RuntimeError: audit table locked"]
buggy.dependency_overrides.clear()

# the fix
logger = logging.getLogger("transfers")
logged = []
logger.addHandler(type("H", (logging.Handler,), {"emit": lambda self, rec: logged.append(rec.getMessage())})())
app = FastAPI()

# --- the model answer's code ---
async def get_session():
    async with Session() as session:
        try:
            yield session
        except Exception:
            await session.rollback()
            raise                                # never swallow

async def write_audit(transfer_id: int) -> None:
    try:
        async with Session() as s, s.begin():    # own session and transaction
            await audit.record(s, transfer_id)
    except Exception:
        logger.exception("audit write failed", extra={"transfer_id": transfer_id})

SessionDep = Annotated[AsyncSession, Depends(get_session)]  # added: the alias the fix uses

@app.post("/transfers", status_code=201)
async def create_transfer(data: TransferIn, tasks: BackgroundTasks, session: SessionDep):
    transfer = await transfers.create(session, data)
    await session.commit()                       # fails -> 500 before the 201 is sent
    tasks.add_task(write_audit, transfer.id)
    return transfer
# --- end ---

f = served(app)
r = run(f, "fixed, happy path")
assert r.status_code == 201 and COMMITTED == [1, "audit-1"]
r = run(f, "fixed, endpoint raises", endpoint=True)
assert r.status_code == 500 and server_log == ["ValueError: account not found"]    # the real cause is logged
r = run(f, "fixed, commit fails", commit=True)
assert r.status_code == 500 and server_log == ["CommitError: serialization failure"]
logged.clear()
r = run(f, "fixed, audit fails", audit=True)
assert r.status_code == 201 and COMMITTED == [1] and logged == ["audit write failed"] and server_log == []
print("OK errors-yield-dependencies-and-background-tasks")
