# di-reusing-dependencies-outside-requests: the model answer's session_scope / get_session / purge_expired_tokens
# on SQLite, used from a route and from a plain "cron" call, and what calling dependencies by hand gives.
import inspect
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, delete, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.pool import StaticPool

engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
SessionLocal = sessionmaker(engine)
opened = []


class Base(DeclarativeBase):
    pass


class Token(Base):
    __tablename__ = "tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    expires: Mapped[datetime]


Base.metadata.create_all(engine)
with SessionLocal() as s:
    now = datetime.now()
    s.add_all([Token(expires=now - timedelta(days=1)), Token(expires=now + timedelta(days=1))])
    s.commit()


class TokenRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    def purge_expired(self) -> None:
        self.session.execute(delete(Token).where(Token.expires < datetime.now()))

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(Token))


# --- the model answer's code ---
from contextlib import contextmanager

@contextmanager
def session_scope() -> Iterator[Session]:           # usable anywhere
    with SessionLocal() as session:
        opened.append("open")                       # added
        yield session
    opened.append("closed")                         # added

def get_session() -> Iterator[Session]:             # the FastAPI dependency
    with session_scope() as session:
        yield session

def purge_expired_tokens() -> None:                 # cron job, worker task
    with session_scope() as session:
        TokenRepo(session).purge_expired()
        session.commit()
# --- end ---

app = FastAPI()


@app.get("/tokens")
def tokens(session: Annotated[Session, Depends(get_session)]):
    return {"count": TokenRepo(session).count(), "type": type(session).__name__}


client = TestClient(app)
r = client.get("/tokens")
print("route:", r.json(), opened)
assert r.json() == {"count": 2, "type": "Session"} and opened == ["open", "closed"]

# calling the yield dependency by hand: only a generator object, no session opened
opened.clear()
g = get_session()
print("get_session() by hand:", type(g).__name__, opened)
assert inspect.isgenerator(g) and opened == []

purge_expired_tokens()
print("after the cron job:", client.get("/tokens").json())
assert client.get("/tokens").json()["count"] == 1

# decorating the dependency itself with @contextmanager, as the docs say not to
@contextmanager
def decorated_session() -> Iterator[Session]:
    with SessionLocal() as session:
        yield session


@app.get("/decorated")
def decorated(session: Annotated[Session, Depends(decorated_session)]):
    return {"type": type(session).__name__}


# FastAPI unwraps the decorator (__wrapped__), sees a generator function and wraps it again: the request fails
try:
    client.get("/decorated")
    raise AssertionError("expected the decorated dependency to fail")
except (TypeError, AttributeError) as exc:
    print("decorated dependency fails:", type(exc).__name__, exc, "| context:", repr(exc.__context__))
r = TestClient(app, raise_server_exceptions=False).get("/decorated")
assert r.status_code == 500

# the old default style: a forgotten argument becomes the Depends object itself
class Settings:
    report_title = "Daily"


def get_settings() -> Settings:
    return Settings()


def get_report_service(settings: Settings = Depends(get_settings), session: Session = Depends(get_session)):
    return settings, session


settings_arg, session_arg = get_report_service(Settings())
print("forgotten argument is:", repr(session_arg))
assert type(session_arg).__name__ == "Depends"

# overrides only act where FastAPI resolves the dependency
app.dependency_overrides[get_session] = lambda: "fake"
opened.clear()
purge_expired_tokens()
assert opened == ["open", "closed"]        # the cron path used the real session
app.dependency_overrides.clear()
print("OK di-reusing-dependencies-outside-requests")
