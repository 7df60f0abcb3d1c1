"""db-lost-updates-optimistic-locking: the file's Ticket model and PUT endpoint on a SQLite file."""
import os
import tempfile
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Response
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict
from sqlalchemy import create_engine, event, select, text, update
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


engine = create_engine("sqlite:///" + os.path.join(tempfile.mkdtemp(), "t.db"))
SessionLocal = sessionmaker(engine)


def get_session():
    with SessionLocal() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


class TicketIn(BaseModel):
    title: str
    status: str


class TicketOut(TicketIn):
    model_config = ConfigDict(from_attributes=True)
    id: int
    version: int


app = FastAPI()

# --- the file's code ---------------------------------------------------------------------------
from sqlalchemy.orm.exc import StaleDataError

class Ticket(Base):
    __tablename__ = "tickets"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str]
    status: Mapped[str]
    version: Mapped[int] = mapped_column(nullable=False)
    __mapper_args__ = {"version_id_col": version}    # UPDATE ... WHERE id = ? AND version = ?

@app.put("/tickets/{ticket_id}", response_model=TicketOut)
def update_ticket(ticket_id: int, body: TicketIn, session: SessionDep,
                  response: Response, if_match: Annotated[str, Header()]):
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise HTTPException(404, "Ticket not found")
    if if_match != f'"{ticket.version}"':
        raise HTTPException(412, "Ticket changed since you loaded it")
    for field, value in body.model_dump().items():
        setattr(ticket, field, value)
    try:
        session.commit()                  # 0 rows matched -> StaleDataError
    except StaleDataError:
        session.rollback()
        raise HTTPException(412, "Ticket changed since you loaded it")
    response.headers["ETag"] = f'"{ticket.version}"'
    return ticket
# -----------------------------------------------------------------------------------------------

@app.get("/tickets/{ticket_id}", response_model=TicketOut)     # the GET the answer describes
def read_ticket(ticket_id: int, session: SessionDep, response: Response):
    ticket = session.get(Ticket, ticket_id)
    response.headers["ETag"] = f'"{ticket.version}"'
    return ticket


Base.metadata.create_all(engine)
statements = []
event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
with Session(engine) as s:
    s.add(Ticket(id=1, title="Printer broken", status="open"))   # no version given
    s.commit()

c = TestClient(app)
agent_a = c.get("/tickets/1")
agent_b = c.get("/tickets/1")
print("both agents GET ->", agent_a.json(), "ETag", agent_a.headers["etag"])
assert agent_a.json()["version"] == 1 and agent_a.headers["etag"] == '"1"'

statements.clear()
r = c.put("/tickets/1", json={"title": "Printer on floor 3 broken", "status": "open"},
          headers={"If-Match": agent_a.headers["etag"]})
upd = [st for st in statements if st.startswith("UPDATE")][0]
print("agent A PUT ->", r.status_code, r.json(), "ETag", r.headers.get("etag"))
print("  SQL:", " ".join(upd.split()))
assert r.status_code == 200 and r.headers["etag"] == '"2"' and "version = ?" in upd.split("WHERE")[1]

r = c.put("/tickets/1", json={"title": "Printer broken", "status": "closed"},
          headers={"If-Match": agent_b.headers["etag"]})
print("agent B PUT with the old ETag ->", r.status_code, r.json())
assert r.status_code == 412

r = c.put("/tickets/1", json={"title": "x", "status": "y"})
print("PUT without If-Match ->", r.status_code, r.json()["detail"][0]["loc"])
assert r.status_code == 422

r = c.put("/tickets/99", json={"title": "x", "status": "y"}, headers={"If-Match": '"1"'})
assert r.status_code == 404

# Two requests racing inside the server: both pass the If-Match check, the row changes before the commit.
def race_session():
    with SessionLocal() as session:
        @event.listens_for(session, "before_flush", once=True)
        def someone_else_saves(sess, ctx, instances):
            with engine.begin() as other:       # another request commits first
                other.execute(text("UPDATE tickets SET status='pending', version=version+1 WHERE id=1"))
        yield session

app.dependency_overrides[get_session] = race_session
r = c.put("/tickets/1", json={"title": "t", "status": "s"}, headers={"If-Match": '"2"'})
app.dependency_overrides.clear()
print("PUT racing another commit (StaleDataError path) ->", r.status_code, r.json())
assert r.status_code == 412
print("row after the race:", c.get("/tickets/1").json())

# the atomic update for counters, from "Other tools"
class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    stock: Mapped[int]

Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add(Product(id=1, stock=1))
    s.commit()
    results = [s.execute(update(Product).values(stock=Product.stock - 1).where(Product.stock > 0)).rowcount
               for _ in range(3)]
    s.commit()
    print("atomic decrement rowcounts:", results, "stock left:", s.scalar(select(Product.stock)))
    assert results == [1, 0, 0]
print("OK db-lost-updates-optimistic-locking")
