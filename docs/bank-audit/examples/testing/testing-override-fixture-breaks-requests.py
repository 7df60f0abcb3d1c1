"""testing-override-fixture-breaks-requests: the file's dependency, fixture and test, then the fix and the
full-signature copy."""
from typing import Annotated

import pytest
from fastapi import Depends, FastAPI
from fastapi.security import OAuth2PasswordBearer
from fastapi.testclient import TestClient
from pydantic import BaseModel


class User(BaseModel):
    id: int
    name: str
    role: str


oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")

# --- the file's code ---------------------------------------------------------------------------
# app/deps.py
def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> User:
    ...  # decode the JWT, load the user
# -----------------------------------------------------------------------------------------------

app = FastAPI()


@app.get("/orders")
def list_orders(user: Annotated[User, Depends(get_current_user)]):
    return [{"id": 1, "owner": user.name}]

# --- the file's code ---------------------------------------------------------------------------
# tests/conftest.py
def fake_current_user(token: str) -> User:      # same shape as the real one
    return User(id=1, name="ann", role="admin")

@pytest.fixture
def client():
    app.dependency_overrides[get_current_user] = fake_current_user
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()

def test_list_orders(client):
    assert client.get("/orders").status_code == 200
# -----------------------------------------------------------------------------------------------

gen = client.__pytest_wrapped__.obj()
c = next(gen)
try:
    test_list_orders(c)
    raise AssertionError("the test should fail")
except AssertionError as e:
    if "should fail" in str(e):
        raise
r = c.get("/orders")
print("test_list_orders fails; GET /orders ->", r.status_code, r.json())
assert r.status_code == 422
assert r.json() == {"detail": [{"type": "missing", "loc": ["query", "token"], "msg": "Field required", "input": None}]}
print("with ?token=x ->", c.get("/orders", params={"token": "x"}).status_code)
next(gen, None)

# the fix
app.dependency_overrides[get_current_user] = lambda: User(id=1, name="ann", role="admin")
with TestClient(app) as c:
    r = c.get("/orders")
    print("fixed (lambda, no parameters) ->", r.status_code, r.json())
    assert r.status_code == 200
app.dependency_overrides.clear()

# copying the full signature keeps the scheme in the chain
def fake_full(token: Annotated[str, Depends(oauth2_scheme)]) -> User:
    return User(id=1, name="ann", role="admin")

app.dependency_overrides[get_current_user] = fake_full
with TestClient(app) as c:
    r = c.get("/orders")
    print("override copying Depends(oauth2_scheme), no header ->", r.status_code, r.json())
    assert r.status_code == 401
    print("  with Authorization: Bearer anything ->", c.get("/orders", headers={"Authorization": "Bearer x"}).status_code)
app.dependency_overrides.clear()
print("OK testing-override-fixture-breaks-requests")
