"""db-from-attributes-response-models: the file's AuthorOut/BookOut models and endpoint, on SQLite in memory."""
import asyncio
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict, ValidationError
from sqlalchemy import ForeignKey, create_engine, event, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, sessionmaker
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    author: Mapped[Author] = relationship()          # lazy="select" (the default)


engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
Base.metadata.create_all(engine)
with Session(engine) as s:
    for i in range(1, 4):
        s.add(Author(id=i, name=f"author {i}"))
        s.add(Book(id=i, title=f"book {i}", author_id=i))
    s.commit()

statements: list[str] = []
event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))

SessionLocal = sessionmaker(engine)


def get_session():
    with SessionLocal() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
app = FastAPI()

# --- the file's code ---------------------------------------------------------------------------
class AuthorOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    name: str

class BookOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    title: str
    author: AuthorOut                   # read from book.author

@app.get("/books/{book_id}", response_model=BookOut)
def read_book(book_id: int, session: SessionDep):
    return session.get(Book, book_id)   # ORM object; the response model shapes the output
# -----------------------------------------------------------------------------------------------

# the same models without the config, for "returning ORM objects works even without the config"
class AuthorPlain(BaseModel):
    id: int
    name: str

class BookPlain(BaseModel):
    id: int
    title: str
    author: AuthorPlain

@app.get("/plain/books/{book_id}", response_model=BookPlain)
def read_book_plain(book_id: int, session: SessionDep):
    return session.get(Book, book_id)


client = TestClient(app)
statements.clear()
r = client.get("/books/1")
print("GET /books/1 ->", r.status_code, r.json())
assert r.status_code == 200 and r.json() == {"id": 1, "title": "book 1", "author": {"id": 1, "name": "author 1"}}
print("  SQL statements:", len(statements), "(the book, then a lazy load of book.author during serialisation)")
assert len(statements) == 2, statements

r = client.get("/plain/books/2")
print("GET /plain/books/2 (models without from_attributes) ->", r.status_code, r.json())
assert r.status_code == 200 and r.json()["author"]["name"] == "author 2"

# your own conversion: needs the setting
with Session(engine) as s:
    book = s.get(Book, 1)
    dto = BookOut.model_validate(book)      # explicit conversion, e.g. in a service layer
    print("BookOut.model_validate(book) ->", dto)
    try:
        BookPlain.model_validate(book)
        raise AssertionError("model_validate without from_attributes should fail")
    except ValidationError as e:
        print("BookPlain.model_validate(book) -> ValidationError:", e.errors()[0]["type"])
    print("BookPlain.model_validate(book, from_attributes=True) ->",
          BookPlain.model_validate(book, from_attributes=True))

# N+1: a list of books, each with a lazy author
with Session(engine) as s:
    statements.clear()
    books = s.scalars(select(Book)).all()
    [BookOut.model_validate(b) for b in books]
    print("list of 3 books through BookOut: SQL statements =", len(statements))
    assert len(statements) == 1 + 3

# session closed before the lazy load: DetachedInstanceError
with Session(engine) as s:
    book = s.get(Book, 3)
try:
    BookOut.model_validate(book)
    raise AssertionError("expected an error")
except ValidationError as e:
    err = e.errors()[0]
    print("lazy load after the session closed ->", type(e).__name__, err["type"], "|", err["msg"][:90])
    assert err["type"] == "get_attribute_error" and "DetachedInstanceError" in err["msg"]

# the same through FastAPI: the endpoint returns a book whose session is already closed
@app.get("/detached/books/{book_id}", response_model=BookOut)
def read_detached(book_id: int):
    with SessionLocal() as s:
        return s.get(Book, book_id)

r = TestClient(app, raise_server_exceptions=False).get("/detached/books/3")
print("endpoint returning a detached book ->", r.status_code, r.text)
assert r.status_code == 500

# expired attributes after commit: a refresh query
with Session(engine) as s:
    book = s.get(Book, 3)
    book.title = "book 3b"
    s.commit()
    statements.clear()
    _ = book.title
    print("reading book.title after commit() -> SQL statements:", len(statements))
    assert len(statements) == 1


# async session: the implicit lazy load raises MissingGreenlet
async def async_case():
    aengine = create_async_engine("sqlite+aiosqlite://", poolclass=StaticPool)
    async with aengine.begin() as conn:
        await conn.run_sync(Base.metadata.create_all)
    ASession = async_sessionmaker(aengine, expire_on_commit=False)
    async with ASession() as s:
        s.add(Author(id=1, name="a"))
        s.add(Book(id=1, title="b", author_id=1))
        await s.commit()
    async with ASession() as s:
        book = await s.get(Book, 1)
        try:
            BookOut.model_validate(book)
            raise AssertionError("expected an error")
        except ValidationError as e:
            err = e.errors()[0]
            print("lazy load with an AsyncSession ->", type(e).__name__, err["type"], "|", err["msg"][:80])
            assert err["type"] == "get_attribute_error" and "MissingGreenlet" in err["msg"]
    await aengine.dispose()

asyncio.run(async_case())
print("OK db-from-attributes-response-models")
