"""db-sqlmodel-role: the file's SQLModel classes and endpoint, on SQLite in memory."""
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, create_engine, select

app = FastAPI()
engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)


def get_session():
    with Session(engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]

# --- the file's code ---------------------------------------------------------------------------
from sqlmodel import Field, SQLModel

class HeroBase(SQLModel):
    name: str = Field(index=True)
    age: int | None = None

class Hero(HeroBase, table=True):          # the table
    id: int | None = Field(default=None, primary_key=True)
    secret_name: str

class HeroCreate(HeroBase):                # request body
    secret_name: str

class HeroPublic(HeroBase):                # response model: no secret_name
    id: int

class HeroUpdate(SQLModel):                # PATCH: everything optional
    name: str | None = None
    age: int | None = None

@app.post("/heroes", response_model=HeroPublic)
def create_hero(data: HeroCreate, session: SessionDep):
    hero = Hero.model_validate(data)
    session.add(hero)
    session.commit()
    session.refresh(hero)
    return hero
# -----------------------------------------------------------------------------------------------

SQLModel.metadata.create_all(engine)
print("Hero is a mapped table:", Hero.__table__.name, [c.name for c in Hero.__table__.columns])
print("HeroCreate is a plain model (no table):", not hasattr(HeroCreate, "__table__"))
assert not hasattr(HeroCreate, "__table__")

c = TestClient(app)
r = c.post("/heroes", json={"name": "Deadpond", "secret_name": "Dive Wilson", "age": 30})
print("POST /heroes ->", r.status_code, r.json())
assert r.status_code == 200 and "secret_name" not in r.json() and r.json()["id"] == 1
r = c.post("/heroes", json={"name": "X", "secret_name": "Y", "age": "old"})
print("POST /heroes with age='old' ->", r.status_code, r.json()["detail"][0]["type"])
assert r.status_code == 422

hero = Hero(name="Rusty", secret_name="Tommy", age="old")   # table model: no validation
print("Hero(age='old') does not raise; hero.age =", repr(hero.age))
try:
    Hero.model_validate({"name": "Rusty", "secret_name": "Tommy", "age": "old"})
    raise AssertionError("model_validate should validate")
except Exception as e:
    print("Hero.model_validate(... age='old') ->", type(e).__name__)

with Session(engine) as s:
    hero = s.exec(select(Hero)).one()
    print("session.exec(select(Hero)).one() ->", type(hero).__name__, hero.name)
    data = HeroUpdate(age=31)
    hero.sqlmodel_update(data.model_dump(exclude_unset=True))
    s.add(hero)
    s.commit()
    s.refresh(hero)
    print("after sqlmodel_update(exclude_unset) ->", hero.name, hero.age)
    assert (hero.name, hero.age) == ("Deadpond", 31)
print("OK db-sqlmodel-role")
