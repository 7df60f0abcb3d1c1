"""db-orm-object-through-response-model: the file's code as it stands, then its fix."""
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.exceptions import ResponseValidationError
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

app = FastAPI()

# --- the file's code ---------------------------------------------------------------------------
from pydantic import BaseModel
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

class Base(DeclarativeBase):
    pass

class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str]
    hashed_password: Mapped[str]

class UserOut(BaseModel):
    id: int
    email: str
# -----------------------------------------------------------------------------------------------

engine = create_engine("sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool)
Base.metadata.create_all(engine)
with Session(engine) as s:
    s.add(User(id=1, email="ann@example.com", hashed_password="$2b$12$abc"))
    s.commit()
SessionLocal = sessionmaker(engine)


def get_session():
    with SessionLocal() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]

# --- the file's endpoint -----------------------------------------------------------------------
@app.get("/users/{user_id}", response_model=UserOut)
def read_user(user_id: int, session: SessionDep):
    return session.get(User, user_id)
# -----------------------------------------------------------------------------------------------

r = TestClient(app).get("/users/1")
print("GET /users/1 ->", r.status_code, r.json())
assert r.status_code == 200 and r.json() == {"id": 1, "email": "ann@example.com"}

try:
    TestClient(app).get("/users/42")
    raise AssertionError("expected the test client to raise")
except ResponseValidationError as e:
    print("GET /users/42 under a default TestClient raises", type(e).__name__, e.errors()[0]["type"])

r = TestClient(app, raise_server_exceptions=False).get("/users/42")
print("GET /users/42 as a client sees it ->", r.status_code, r.headers["content-type"], repr(r.text))
assert r.status_code == 500 and r.text == "Internal Server Error"

# the pitfall: your own model_validate without from_attributes
with Session(engine) as s:
    user = s.get(User, 1)
    try:
        UserOut.model_validate(user)
        raise AssertionError("expected ValidationError")
    except Exception as e:
        print("UserOut.model_validate(user) ->", type(e).__name__)
    print("UserOut.model_validate(user, from_attributes=True) ->", UserOut.model_validate(user, from_attributes=True))

# --- the file's fix ----------------------------------------------------------------------------
app = FastAPI()

@app.get("/users/{user_id}", response_model=UserOut)
def read_user(user_id: int, session: SessionDep):
    user = session.get(User, user_id)
    if user is None:
        raise HTTPException(status_code=404, detail="User not found")
    return user
# -----------------------------------------------------------------------------------------------
r = TestClient(app).get("/users/42")
print("fixed: GET /users/42 ->", r.status_code, r.json())
assert r.status_code == 404 and r.json() == {"detail": "User not found"}
assert TestClient(app).get("/users/1").json() == {"id": 1, "email": "ann@example.com"}
print("OK db-orm-object-through-response-model")
