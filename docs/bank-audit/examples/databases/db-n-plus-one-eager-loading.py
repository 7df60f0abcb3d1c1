"""db-n-plus-one-eager-loading: the file's query-count test and eager-loading statement on SQLite in memory."""
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict
from sqlalchemy import ForeignKey, create_engine, select
from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import (DeclarativeBase, Mapped, Session, mapped_column, raiseload, relationship,
                            sessionmaker)
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase):
    pass


class Publisher(Base):
    __tablename__ = "publishers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    books: Mapped[list["Book"]] = relationship(back_populates="author")


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))
    publisher_id: Mapped[int] = mapped_column(ForeignKey("publishers.id"))
    author: Mapped[Author] = relationship(back_populates="books")
    publisher: Mapped[Publisher] = relationship()


class PublisherOut(BaseModel):
    name: str


class BookOut(BaseModel):
    title: str
    publisher: PublisherOut


class AuthorOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    name: str
    books: list[BookOut]


engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
Base.metadata.create_all(engine)
with Session(engine) as s:
    pubs = [Publisher(id=i, name=f"pub {i}") for i in range(1, 6)]
    s.add_all(pubs)
    for a in range(1, 61):
        author = Author(id=a, name=f"author {a}")
        s.add(author)
        for b in range(3):
            s.add(Book(title=f"{a}-{b}", author=author, publisher_id=(a * 3 + b) % 5 + 1))
    s.commit()

SessionLocal = sessionmaker(engine)


def get_session():
    with SessionLocal() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
EAGER = True


def build_app(eager: bool):
    app = FastAPI()

    @app.get("/authors", response_model=list[AuthorOut])
    def list_authors(session: SessionDep, limit: int = 50):
        if eager:
            # --- the file's fix -------------------------------------------------------------------
            # (imports at module level: from sqlalchemy import select;
            #  from sqlalchemy.orm import joinedload, selectinload)

            stmt = (
                select(Author)
                .order_by(Author.id)
                .limit(limit)
                .options(
                    selectinload(Author.books)                       # 1 query: WHERE author_id IN (...)
                    .joinedload(Book.publisher)                      # joined into that query
                )
            )
            authors = session.scalars(stmt).all()                    # 2 queries in total
            # ---------------------------------------------------------------------------------------
            return authors
        return session.scalars(select(Author).order_by(Author.id).limit(limit)).all()
    return app


# --- the file's test ---------------------------------------------------------------------------
from sqlalchemy import event

def test_list_authors_query_count(client, engine):
    statements = []
    event.listen(engine, "before_cursor_execute",
                 lambda *args: statements.append(args[2]))
    client.get("/authors?limit=50")
    assert len(statements) <= 3
# -----------------------------------------------------------------------------------------------


def count(app):
    statements = []
    fn = lambda *args: statements.append(args[2])
    event.listen(engine, "before_cursor_execute", fn)
    r = TestClient(app).get("/authors?limit=50")
    event.remove(engine, "before_cursor_execute", fn)
    assert r.status_code == 200 and len(r.json()) == 50 and len(r.json()[0]["books"]) == 3
    return statements


lazy = count(build_app(eager=False))
print("lazy loading: statements =", len(lazy), "(1 for authors + 50 for books + publisher loads)")
print("  publisher lazy loads:", sum("FROM publishers" in st for st in lazy), "for 150 books, 5 publishers")
try:
    test_list_authors_query_count(TestClient(build_app(eager=False)), engine)
    raise AssertionError("the query-count test should fail on the lazy version")
except AssertionError as e:
    if "should fail" in str(e):
        raise
    print("the file's query-count test fails on the lazy version: OK")

eager = count(build_app(eager=True))
print("eager loading: statements =", len(eager))
for st in eager:
    print("  ", " ".join(st.split())[:150])
assert len(eager) == 2

test_list_authors_query_count(TestClient(build_app(eager=True)), engine)
print("the file's query-count test passes on the eager version")

# joinedload on a collection: 2.0 needs .unique()
with Session(engine) as s:
    try:
        s.scalars(select(Author).options(joinedload(Author.books))).all()
        raise AssertionError("expected InvalidRequestError")
    except InvalidRequestError as e:
        print("joinedload(Author.books) without unique() ->", str(e)[:90])
    rows = s.execute(select(Author).options(joinedload(Author.books)).where(Author.id <= 2)).unique().scalars().all()
    print("with .unique():", len(rows), "authors")

# raiseload("*") and lazy="raise"
with Session(engine) as s:
    a = s.scalars(select(Author).options(raiseload("*")).limit(1)).one()
    try:
        a.books
        raise AssertionError("expected raiseload to raise")
    except InvalidRequestError as e:
        print("raiseload('*') then author.books ->", str(e)[:80])
print("OK db-n-plus-one-eager-loading")
