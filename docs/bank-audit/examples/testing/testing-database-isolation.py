"""testing-database-isolation: the file's db_session and client fixtures, run with pytest against SQLite (no
PostgreSQL here). pysqlite needs SQLAlchemy's documented recipe for SAVEPOINTs, added in the engine fixture."""
import os
import subprocess
import sys
import tempfile

root = tempfile.mkdtemp()
open(f"{root}/conftest.py", "w").write(f'''
import pytest
from typing import Annotated
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

class Base(DeclarativeBase):
    pass

class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(unique=True)

ENGINE = create_engine("sqlite:///{root}/app.db", connect_args={{"check_same_thread": False}})

@event.listens_for(ENGINE, "connect")
def _no_pysqlite_begin(dbapi_conn, rec):
    dbapi_conn.isolation_level = None          # SQLAlchemy's pysqlite SAVEPOINT recipe

@event.listens_for(ENGINE, "begin")
def _begin(conn):
    conn.exec_driver_sql("BEGIN")

Base.metadata.create_all(ENGINE)
SessionLocal = sessionmaker(ENGINE)

def get_db():
    with SessionLocal() as s:
        yield s

app = FastAPI()

@app.post("/notes", status_code=201)
def add(text: str, db: Annotated[Session, Depends(get_db)]):
    db.add(Note(text=text))
    db.commit()                                # application code commits
    return {{"count": len(db.scalars(select(Note)).all())}}

@pytest.fixture(scope="session")
def engine():
    return ENGINE

# --- the file's fixtures ------------------------------------------------------------------------
@pytest.fixture
def db_session(engine):
    with engine.connect() as conn:
        outer = conn.begin()
        session = Session(bind=conn, join_transaction_mode="create_savepoint")
        try:
            yield session
        finally:
            session.close()
            outer.rollback()          # nothing the test did survives

@pytest.fixture
def client(db_session):
    app.dependency_overrides[get_db] = lambda: db_session
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()
# ------------------------------------------------------------------------------------------------
''')
open(f"{root}/test_notes.py", "w").write('''
import pytest
from sqlalchemy import select, text
from conftest import Note, ENGINE

@pytest.mark.parametrize("run", [1, 2, 3])
def test_each_starts_empty(client, db_session, run):
    assert client.post("/notes", params={"text": "same text"}).json() == {"count": 1}
    assert db_session.scalar(select(Note.text)) == "same text"      # the test sees what the app committed

def test_other_connection_does_not_see_it(client):
    client.post("/notes", params={"text": "hidden"})
    with ENGINE.connect() as other:                                 # e.g. a background task's own connection
        assert other.execute(text("select count(*) from notes")).scalar() == 0

def test_nothing_survived():
    with ENGINE.connect() as conn:
        assert conn.execute(text("select count(*) from notes")).scalar() == 0
''')
p = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA", "-p", "no:randomly"],
                   cwd=root, capture_output=True, text=True, timeout=40)
print("\n".join(l for l in p.stdout.splitlines() if l.startswith(("PASSED", "FAILED", "ERROR")) or " passed" in l))
assert p.returncode == 0, p.stdout

# SQLite in memory: each new connection is a new, empty database unless the pool hands out one connection
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool, StaticPool

for pool in (NullPool, StaticPool):
    e = create_engine("sqlite://", poolclass=pool)
    with e.begin() as c:
        c.execute(text("create table t (x int)"))
    with e.connect() as c:
        try:
            c.execute(text("select * from t"))
            print(f"sqlite:// with {pool.__name__}: the table is there on the next connection")
        except Exception as ex:
            print(f"sqlite:// with {pool.__name__}: next connection ->", str(ex).split("\n")[0])
print("OK testing-database-isolation")
