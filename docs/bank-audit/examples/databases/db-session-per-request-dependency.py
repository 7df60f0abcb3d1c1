"""db-session-per-request-dependency: the file's engine, get_session and SessionDep, on SQLite in memory."""
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import StreamingResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase):
    pass


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]


class BookOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    title: str


class settings:
    database_url = "sqlite://"


events: list[str] = []
app = FastAPI()

# --- the file's code ---------------------------------------------------------------------------
from typing import Annotated
from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker

engine = create_engine(settings.database_url, pool_pre_ping=True,
                       poolclass=StaticPool, connect_args={"check_same_thread": False})  # (in-memory SQLite)
SessionLocal = sessionmaker(engine, expire_on_commit=False)

def get_session():
    with SessionLocal() as session:      # closes (and rolls back leftovers) on exit
        yield session

SessionDep = Annotated[Session, Depends(get_session)]

@app.get("/books/{book_id}", response_model=BookOut)
def read_book(book_id: int, session: SessionDep):
    book = session.get(Book, book_id)
    if book is None:
        raise HTTPException(404)
    return book
# -----------------------------------------------------------------------------------------------

Base.metadata.create_all(engine)
with SessionLocal() as s:
    s.add(Book(id=1, title="Dune"))
    s.commit()

# a session takes a connection from the pool on first use and gives it back when it is closed
from sqlalchemy import event
event.listen(engine, "checkout", lambda *a: events.append("open"))
event.listen(engine, "checkin", lambda *a: events.append("close"))

seen: dict[str, Session] = {}


def get_current_user(session: SessionDep):
    seen["user_dep"] = session
    session.get(Book, 1)
    return "ann"


@app.get("/me")
def me(user: Annotated[str, Depends(get_current_user)], session: SessionDep,
       other: Annotated[Session, Depends(get_session, use_cache=False)]):
    seen["endpoint"], seen["uncached"] = session, other
    other.get(Book, 1)
    return {"user": user}


def outermost(app):
    async def wrapped(scope, receive, send):
        async def logging_send(message):
            if message["type"] == "http.response.start":
                events.append("response start")
            if message["type"] == "http.response.body" and not message.get("more_body"):
                events.append("response end")
            await send(message)
        await app(scope, receive, logging_send)
    return wrapped


c = TestClient(outermost(app))
r = c.get("/books/1")
print("GET /books/1 ->", r.status_code, r.json(), "| order:", events)
assert r.json() == {"id": 1, "title": "Dune"}
assert events == ["open", "response start", "response end", "close"], events   # cleanup after sending

events.clear()
r = c.get("/books/2")
print("GET /books/2 ->", r.status_code, r.json(), "| order:", events)
assert r.status_code == 404 and r.json() == {"detail": "Not Found"} and events.count("close") == 1
# (when the endpoint raises, the exception goes through the yield, so the session closes before the 404 is sent)

events.clear()
c.get("/me")
print("/me: dependency and endpoint share a session:", seen["user_dep"] is seen["endpoint"],
      "| use_cache=False gives another:", seen["uncached"] is not seen["endpoint"])
assert seen["user_dep"] is seen["endpoint"] and seen["uncached"] is not seen["endpoint"]

# scope="function": closed after the return value is serialised, before the response is sent
FnSession = Annotated[Session, Depends(get_session, scope="function")]


@app.get("/fn/books/{book_id}", response_model=BookOut)
def read_book_fn(book_id: int, session: FnSession):
    return session.get(Book, book_id)


@app.get("/fn/stream")
def stream(session: FnSession):
    session.get(Book, 1)
    def body():
        events.append("body runs")
        yield b"x"
    return StreamingResponse(body())


@app.get("/stream")
def stream_default(session: SessionDep):
    session.get(Book, 1)
    def body():
        events.append("body runs")
        yield b"x"
    return StreamingResponse(body())


events.clear()
r = c.get("/fn/books/1")
print('scope="function": GET ->', r.json(), "| order:", events)
assert events == ["open", "close", "response start", "response end"]

events.clear()
c.get("/stream")
print("default scope with a StreamingResponse:", events)
assert events.index("close") > events.index("response end")  # the connection stays checked out while streaming

events.clear()
c.get("/fn/stream")
print('scope="function" with a StreamingResponse:', events)
assert events.index("close") < events.index("response start")

# overriding in tests
fake = SessionLocal()
app.dependency_overrides[get_session] = lambda: fake
seen.clear()
print("dependency_overrides[get_session] reaches the endpoint:", c.get("/books/1").status_code,
      c.get("/me").status_code, seen["endpoint"] is fake)
assert seen["endpoint"] is fake
app.dependency_overrides.clear()
print("OK db-session-per-request-dependency")
