# di-sub-dependencies-and-caching: the model answer's create_order with a stub session factory that numbers sessions.
from collections.abc import Iterator
from itertools import count
from typing import Annotated

from fastapi import Depends, FastAPI, Header
from fastapi.testclient import TestClient
from pydantic import BaseModel

numbers = count(1)
log = []


class Session:  # stub
    def __init__(self):
        self.n = next(numbers)
        log.append(f"open {self.n}")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        log.append(f"close {self.n}")


SessionLocal = Session


def get_token(authorization: Annotated[str, Header()] = "Bearer t") -> str:
    log.append("decode token")
    return authorization.removeprefix("Bearer ")


TokenDep = Annotated[str, Depends(get_token)]


class Users:  # stub
    def by_token(self, session, token):
        return {"token": token, "session": session.n}


users = Users()
User = dict


class OrderIn(BaseModel):
    item: str


class OrderOut(BaseModel):
    user_session: int
    session: int
    audit: int


app = FastAPI()

# --- the model answer's code ---
def get_session() -> Iterator[Session]:
    with SessionLocal() as session:
        yield session

SessionDep = Annotated[Session, Depends(get_session)]

def get_current_user(token: TokenDep, session: SessionDep) -> User:
    return users.by_token(session, token)

@app.post("/orders")
def create_order(
    body: OrderIn,
    user: Annotated[User, Depends(get_current_user)],
    session: SessionDep,                                   # same Session as inside get_current_user
    audit: Annotated[Session, Depends(get_session, use_cache=False)],  # a second, independent one
) -> OrderOut:
    return OrderOut(user_session=user["session"], session=session.n, audit=audit.n)  # added: the body
# --- end ---

client = TestClient(app)
r = client.post("/orders", json={"item": "lamp"})
print("request 1:", r.json(), log)
assert r.json() == {"user_session": 1, "session": 1, "audit": 2}
assert sorted(log) == sorted(["decode token", "open 1", "open 2", "close 2", "close 1"])   # each gets its cleanup
log.clear()
r = client.post("/orders", json={"item": "lamp"})
print("request 2:", r.json())
assert r.json() == {"user_session": 3, "session": 3, "audit": 4}   # nothing shared across requests

# leaves first: a dependency runs after its own dependencies
order = []
def leaf():
    order.append("leaf")
def middle(_: Annotated[None, Depends(leaf)]):
    order.append("middle")
@app.get("/graph")
def graph(_: Annotated[None, Depends(middle)]):
    order.append("endpoint")
client.get("/graph")
assert order == ["leaf", "middle", "endpoint"]

# scope="function" is cached apart from the default
@app.get("/scopes")
def scopes(a: SessionDep, b: Annotated[Session, Depends(get_session, scope="function")]):
    return {"a": a.n, "b": b.n}
r = client.get("/scopes").json()
print("default vs scope='function':", r)
assert r["a"] != r["b"]

# a factory called in two places gives two callables: both run
calls = []
def require_role(role):
    def check():
        calls.append(role)
    return check
@app.get("/factory", dependencies=[Depends(require_role("admin")), Depends(require_role("admin"))])
def factory():
    return {}
client.get("/factory")
print("factory called twice runs:", calls)
assert calls == ["admin", "admin"]

# a cached value is shared: mutating it is visible to the other dependants
def get_list() -> list:
    return []
def appender(items: Annotated[list, Depends(get_list)]):
    items.append("from appender")
@app.get("/mutate")
def mutate(_: Annotated[None, Depends(appender)], items: Annotated[list, Depends(get_list)]):
    return items
r = client.get("/mutate").json()
print("shared list:", r)
assert r == ["from appender"]
print("OK di-sub-dependencies-and-caching")
