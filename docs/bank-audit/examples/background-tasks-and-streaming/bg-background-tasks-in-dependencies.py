"""bg-background-tasks-in-dependencies: the answer's write_audit, audit dependency, router and delete_project as
they stand. Stubs: SessionLocal and AuditEntry (SQLAlchemy on an in-memory SQLite database), User, current_user,
purge_files. Checked: one BackgroundTasks object per request shared by dependency and endpoint, the audit task
(added first) runs before purge_files, the task's own session writes the row; a task that raises stops the ones
after it; an exception after add_task drops the queued tasks; a returned Response with its own background drops
them too."""
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker
from sqlalchemy.pool import StaticPool
from starlette.background import BackgroundTask

engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
SessionLocal = sessionmaker(engine)


class Base(DeclarativeBase):
    pass


class AuditEntry(Base):
    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int]
    method: Mapped[str]
    path: Mapped[str]


Base.metadata.create_all(engine)
log: list[str] = []
objects: list[int] = []


class User(BaseModel):
    id: int


def current_user() -> User:
    return User(id=3)


def purge_files(project_id: int) -> None:
    log.append(f"purge_files({project_id})")


# --- the answer's code, as it stands ---
def write_audit(user_id: int, method: str, path: str) -> None:
    with SessionLocal() as db, db.begin():          # the task's own session
        db.add(AuditEntry(user_id=user_id, method=method, path=path))
    log.append(f"write_audit({user_id}, {method}, {path})")

def audit(request: Request, tasks: BackgroundTasks,
          user: Annotated[User, Depends(current_user)]) -> None:
    objects.append(id(tasks))
    tasks.add_task(write_audit, user.id, request.method, request.url.path)

router = APIRouter(dependencies=[Depends(audit)])

@router.delete("/projects/{project_id}")
def delete_project(project_id: int, tasks: BackgroundTasks):
    objects.append(id(tasks))
    tasks.add_task(purge_files, project_id)          # joins the same list
    ...


def boom() -> None:
    log.append("boom raises")
    raise RuntimeError("task failed")


@router.post("/early-failure")
def early_failure(tasks: BackgroundTasks):
    tasks.add_task(boom)
    tasks.add_task(log.append, "after boom")


@router.post("/raises")
def raises(tasks: BackgroundTasks):
    tasks.add_task(log.append, "queued before the error")
    raise HTTPException(409, "conflict")


@router.post("/own-response")
def own_response(tasks: BackgroundTasks):
    tasks.add_task(log.append, "queued in BackgroundTasks")
    return JSONResponse({"ok": True}, background=BackgroundTask(log.append, "the response's own task"))


app = FastAPI()
app.include_router(router)
client = TestClient(app, raise_server_exceptions=False)

r = client.delete("/projects/5")
with SessionLocal() as db:
    rows = [(e.user_id, e.method, e.path) for e in db.scalars(select(AuditEntry))]
print("DELETE /projects/5:", r.status_code, r.json(), "| tasks:", log, "| rows:", rows, "| same object:", len(set(objects)) == 1)
assert r.status_code == 200 and r.json() is None
assert log == ["write_audit(3, DELETE, /projects/5)", "purge_files(5)"]
assert rows == [(3, "DELETE", "/projects/5")] and len(objects) == 2 and len(set(objects)) == 1

log.clear()
r = client.post("/early-failure")
print("early task raises:", r.status_code, log)
assert log == ["write_audit(3, POST, /early-failure)", "boom raises"]     # "after boom" never ran

log.clear()
r = client.post("/raises")
print("endpoint raises:", r.status_code, r.json(), log)
assert r.status_code == 409 and log == []                                # the audit task was dropped too

log.clear()
r = client.post("/own-response")
print("own Response with background:", r.status_code, log)
assert log == ["the response's own task"]

import inspect
assert "scope" in inspect.signature(Depends).parameters
print("OK bg-background-tasks-in-dependencies")
