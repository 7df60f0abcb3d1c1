# di-class-and-callable-dependencies: a dataclass as dependency with Depends(), and a configured callable instance.
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, status
from fastapi.security import APIKeyHeader, HTTPBearer, OAuth2PasswordBearer
from fastapi.testclient import TestClient

app = FastAPI()


@dataclass
class User:
    id: int
    roles: set[str] = field(default_factory=set)


def get_current_user(x_user: Annotated[str, Header()]) -> User:  # stub: the header names the user's roles
    return User(1, roles=set(x_user.split(",")) - {""})


CurrentUser = Annotated[User, Depends(get_current_user)]


class Catalogue:  # stub
    async def search(self, filters):
        return {"type": type(filters).__name__, "filters": filters.__dict__}


catalogue = Catalogue()

# --- the model answer's code ---
@dataclass
class ProductFilters:
    q: str | None = None
    min_price: float | None = None
    in_stock: bool = False

@app.get("/products")
async def search(filters: Annotated[ProductFilters, Depends()]):
    return await catalogue.search(filters)


class RequireRole:
    def __init__(self, role: str) -> None:
        self.role = role

    async def __call__(self, user: CurrentUser) -> User:
        if self.role not in user.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "Missing role")
        return user

require_admin = RequireRole("admin")

@app.delete("/products/{pid}", dependencies=[Depends(require_admin)])
async def delete_product(pid: int) -> None: ...
# --- end ---

client = TestClient(app)
r = client.get("/products", params={"q": "lamp", "min_price": "9.5", "in_stock": "true"})
print(r.status_code, r.json())
assert r.json() == {"type": "ProductFilters", "filters": {"q": "lamp", "min_price": 9.5, "in_stock": True}}
r = client.get("/products", params={"min_price": "cheap"})
print("bad min_price:", r.status_code, r.json()["detail"][0]["loc"])
assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "min_price"]
params = [p["name"] for p in app.openapi()["paths"]["/products"]["get"]["parameters"]]
print("OpenAPI query parameters from __init__:", params)
assert params == ["q", "min_price", "in_stock"]

# Depends() with no argument is the same as Depends(ProductFilters)
route = next(r for r in app.routes if getattr(r, "path", "") == "/products")
assert route.dependant.dependencies[0].call is ProductFilters

r = client.delete("/products/3", headers={"x-user": "viewer"})
print("viewer delete:", r.status_code, r.json())
assert r.status_code == 403
r = client.delete("/products/3", headers={"x-user": "admin"})
print("admin delete:", r.status_code)
assert r.status_code == 200

# FastAPI only inspects __call__: "role" is not a request parameter of the DELETE route
names = [p["name"] for p in app.openapi()["paths"]["/products/{pid}"]["delete"]["parameters"]]
print("DELETE parameters:", names)
assert "role" not in names and "x-user" in names

# the security helpers are configured instances with __call__
for helper in (OAuth2PasswordBearer(tokenUrl="t"), APIKeyHeader(name="X-Key"), HTTPBearer()):
    assert "__call__" in type(helper).__dict__
    print(type(helper).__name__, "has __call__:", type(helper).__call__.__qualname__)

# one instance, shared: per-request state on it leaks between requests
class Counter:
    def __init__(self):
        self.seen = []
    def __call__(self, x_user: Annotated[str, Header()]):
        self.seen.append(x_user)
        return list(self.seen)

counter = Counter()

@app.get("/state")
def state(seen: Annotated[list, Depends(counter)]):
    return seen

client.get("/state", headers={"x-user": "alice"})
r = client.get("/state", headers={"x-user": "bob"})
print("state kept on the instance across requests:", r.json())
assert r.json() == ["alice", "bob"]
print("OK di-class-and-callable-dependencies")
