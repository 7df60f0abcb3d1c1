"""db-transactions-and-rollback: the file's transfer endpoint and commit-in-the-dependency variant, on SQLite."""
import os
import tempfile
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import CheckConstraint, ForeignKey, create_engine, select, func
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    balance: Mapped[int]


class Transfer(Base):
    __tablename__ = "transfers"
    id: Mapped[int] = mapped_column(primary_key=True)
    src_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    dst_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    amount: Mapped[int]
    ref: Mapped[str | None] = mapped_column(unique=True)


class TransferIn(BaseModel):
    src_id: int
    dst_id: int
    amount: int


engine = create_engine("sqlite:///" + os.path.join(tempfile.mkdtemp(), "bank.db"))
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(engine)


def plain_session():
    with SessionLocal() as session:
        yield session


SessionDep = Annotated[Session, Depends(plain_session)]


def balances():
    with SessionLocal() as s:
        return {a.id: a.balance for a in s.scalars(select(Account))}, s.scalar(select(func.count(Transfer.id)))


with SessionLocal.begin() as s:
    s.add_all([Account(id=1, balance=100), Account(id=2, balance=0)])

app = FastAPI()

# --- the file's code ---------------------------------------------------------------------------
from fastapi import HTTPException
from sqlalchemy.exc import IntegrityError

@app.post("/transfers", status_code=201)
def transfer(req: TransferIn, session: SessionDep):
    try:
        with session.begin():                      # commit or rollback, nothing in between
            src = session.get(Account, req.src_id, with_for_update=True)
            dst = session.get(Account, req.dst_id, with_for_update=True)
            if src.balance < req.amount:
                raise HTTPException(409, "insufficient funds")   # rolls back
            src.balance -= req.amount
            dst.balance += req.amount
            session.add(Transfer(src_id=src.id, dst_id=dst.id, amount=req.amount))
    except IntegrityError:
        raise HTTPException(409, "duplicate transfer")
    return {"ok": True}
# -----------------------------------------------------------------------------------------------

c = TestClient(app)
r = c.post("/transfers", json={"src_id": 1, "dst_id": 2, "amount": 30})
print("transfer 30 ->", r.status_code, r.json(), balances())
assert r.status_code == 201 and balances() == ({1: 70, 2: 30}, 1)
r = c.post("/transfers", json={"src_id": 1, "dst_id": 2, "amount": 500})
print("transfer 500 ->", r.status_code, r.json(), balances())
assert r.status_code == 409 and balances() == ({1: 70, 2: 30}, 1)
# an IntegrityError inside the block: rolled back, mapped to 409
@app.post("/transfers-with-ref", status_code=201)
def transfer_ref(req: TransferIn, session: SessionDep):
    try:
        with session.begin():
            src = session.get(Account, req.src_id)
            src.balance -= req.amount
            session.add(Transfer(src_id=req.src_id, dst_id=req.dst_id, amount=req.amount, ref="T-1"))
    except IntegrityError:
        raise HTTPException(409, "duplicate transfer")
    return {"ok": True}

print("ref T-1 first ->", c.post("/transfers-with-ref", json={"src_id": 1, "dst_id": 2, "amount": 1}).status_code)
r = c.post("/transfers-with-ref", json={"src_id": 1, "dst_id": 2, "amount": 1})
print("ref T-1 again ->", r.status_code, r.json(), balances())
assert r.status_code == 409 and balances() == ({1: 69, 2: 30}, 2)

# session.begin() on a session that already has a transaction (e.g. an auth dependency queried it)
with SessionLocal() as s:
    s.get(Account, 1)                               # autobegin
    try:
        with s.begin():
            pass
        raise AssertionError("expected InvalidRequestError")
    except InvalidRequestError as e:
        print("session.begin() after a query ->", str(e)[:70])

# savepoint
with SessionLocal() as s:
    with s.begin():
        s.get(Account, 2).balance += 1
        try:
            with s.begin_nested():
                s.add(Transfer(src_id=1, dst_id=2, amount=1, ref="T-1"))   # duplicate ref
        except IntegrityError:
            print("begin_nested(): the failing step rolled back to the savepoint, the rest commits")
print("after the savepoint case:", balances())
assert balances() == ({1: 69, 2: 31}, 2)

# --- the file's second variant: commit in the dependency ---------------------------------------
log: list[str] = []

def get_session():
    with SessionLocal() as session:
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()
            raise                       # always re-raise
# -----------------------------------------------------------------------------------------------

def get_session_logged():
    with SessionLocal() as session:
        try:
            yield session
            log.append("commit")
            session.commit()
        except Exception as e:
            log.append(f"rollback ({type(e).__name__})")
            session.rollback()
            raise


def swallowing_session():                 # the same, without the re-raise
    with SessionLocal() as session:
        try:
            yield session
            session.commit()
        except Exception:
            session.rollback()


def outermost(inner):
    async def wrapped(scope, receive, send):
        async def s(message):
            if message["type"] == "http.response.start":
                log.append(f"response {message['status']} sent")
            await send(message)
        await inner(scope, receive, s)
    return wrapped


app2 = FastAPI()


@app2.post("/dup", status_code=201)
def dup(session: Annotated[Session, Depends(get_session_logged)]):
    session.add(Transfer(src_id=1, dst_id=2, amount=1, ref="T-1"))    # fails only at commit
    return {"ok": True}


@app2.post("/dup-fn", status_code=201)
def dup_fn(session: Annotated[Session, Depends(get_session_logged, scope="function")]):
    session.add(Transfer(src_id=1, dst_id=2, amount=1, ref="T-1"))
    return {"ok": True}


@app2.post("/conflict")
def conflict(session: Annotated[Session, Depends(get_session_logged)]):
    raise HTTPException(409, "conflict")


@app2.post("/conflict-swallowed")
def conflict_swallowed(session: Annotated[Session, Depends(swallowing_session)]):
    raise HTTPException(409, "conflict")


@app2.post("/two")
def two(a: Annotated[Session, Depends(get_session_logged, scope="function")],
        b: Annotated[Session, Depends(get_session_logged)]):
    return {"same session": a is b}


c2 = TestClient(outermost(app2), raise_server_exceptions=False)
r = c2.post("/dup")
print("commit in the dependency, default scope: client got", r.status_code, "| order:", log)
assert r.status_code == 201 and log == ["response 201 sent", "commit", "rollback (IntegrityError)"]
log.clear()
r = c2.post("/dup-fn")
print('commit in the dependency, scope="function": client got', r.status_code, "| order:", log)
assert r.status_code == 500 and log[:2] == ["commit", "rollback (IntegrityError)"]
log.clear()
r = c2.post("/conflict")
print("HTTPException from the endpoint reaches the dependency:", log, "->", r.status_code, r.json())
assert r.status_code == 409 and log[0] == "rollback (HTTPException)"
r = c2.post("/conflict-swallowed")
print("dependency that does not re-raise: client gets", r.status_code, repr(r.text))
log.clear()
r = c2.post("/two")
print('Depends(get_session, scope="function") and Depends(get_session) in one request:', r.json())
assert r.json() == {"same session": False}


@app2.post("/deposit", status_code=201)
def deposit(session: Annotated[Session, Depends(get_session)]):      # the file's get_session as it stands
    session.get(Account, 2).balance += 5
    return {"ok": True}


print("the file's get_session commits a good request:", c2.post("/deposit").status_code, balances())
assert balances()[0][2] == 36
print("OK db-transactions-and-rollback")
