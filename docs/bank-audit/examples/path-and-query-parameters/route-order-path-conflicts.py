# route-order-path-conflicts: the broken order, both fixes from the file (CurrentUser stubbed), and the traps
# it lists: router inclusion order, catch-alls, app.frontend, methods, duplicates, converter collisions, slashes.
import os
import tempfile
import warnings
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI
from fastapi.testclient import TestClient


def current_user():
    return {"name": "me"}


CurrentUser = Annotated[dict, Depends(current_user)]

# broken: the parameterised route first
bad = APIRouter()


@bad.get("/users/{user_id}")
async def read_user_bad(user_id: int): return {"user_id": user_id}


@bad.get("/users/me")
async def read_me_bad(user: CurrentUser): return user


a = FastAPI(); a.include_router(bad)
r = TestClient(a).get("/users/me")
print("broken order /users/me:", r.status_code, r.json()["detail"][0]["type"], r.json()["detail"][0]["loc"])
assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["path", "user_id"]

# --- fix 1, the file's code ---
router = APIRouter()

@router.get("/users/me")
async def read_me(user: CurrentUser): ...

@router.get("/users/{user_id}")
async def read_user(user_id: int): ...
# ------------------------------
a = FastAPI(); a.include_router(router)
c = TestClient(a)
print("fix 1: /users/me", c.get("/users/me").status_code, "/users/5", c.get("/users/5").status_code)
assert c.get("/users/me").status_code == 200 and c.get("/users/5").status_code == 200

# fix 2: converter; order no longer matters
conv = APIRouter()


@conv.get("/users/{user_id:int}")
async def read_user_int(user_id: int): return {"user_id": user_id}


@conv.get("/users/me")
async def read_me2(user: CurrentUser): return user


a = FastAPI(); a.include_router(conv)
c = TestClient(a)
print("fix 2: /users/me", c.get("/users/me").json(), "/users/5", c.get("/users/5").json(), "/users/x", c.get("/users/x").status_code)
assert c.get("/users/me").json() == {"name": "me"} and c.get("/users/x").status_code == 404

# router inclusion order: a broad router included first shadows a later specific one
broad, specific = APIRouter(), APIRouter()


@broad.get("/items/{item_id}")
async def broad_item(item_id: int): return "broad"


@specific.get("/items/special")
async def special(): return "special"


a = FastAPI(); a.include_router(broad); a.include_router(specific)
print("broad router first: /items/special ->", TestClient(a).get("/items/special").status_code)
assert TestClient(a).get("/items/special").status_code == 422

# catch-all registered first swallows later routes
a = FastAPI()


@a.get("/{full_path:path}")
async def spa(full_path: str): return "index.html"


@a.get("/api/health")
async def health(): return "ok"


print("catch-all first: /api/health ->", TestClient(a).get("/api/health").json())
assert TestClient(a).get("/api/health").json() == "index.html"

# app.frontend: tried only after every normal route, even one declared after it
dist = tempfile.mkdtemp()
open(os.path.join(dist, "index.html"), "w").write("<h1>spa</h1>")
a = FastAPI()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    a.frontend("/", directory=dist)


@a.get("/api/health")
async def health2(): return "ok"


c = TestClient(a)
nav = {"accept": "text/html"}          # the index.html fallback answers browser navigations only
print("app.frontend: /api/health ->", c.get("/api/health", headers=nav).json(), "| /some/page ->",
      c.get("/some/page", headers=nav).status_code, c.get("/some/page", headers=nav).text,
      "| /index.html ->", c.get("/index.html").text, "| /some/page without Accept ->", c.get("/some/page").status_code)
assert c.get("/api/health", headers=nav).json() == "ok" and "spa" in c.get("/some/page", headers=nav).text

# same path, different methods; wrong method -> 405; duplicates: first wins, no error
a = FastAPI()


@a.get("/users/{user_id}")
async def g(user_id: int): return "get"


@a.delete("/users/{user_id}")
async def d(user_id: int): return "delete"


@a.get("/users/{user_id}")
async def g2(user_id: int): return "second get"


c = TestClient(a)
print("GET", c.get("/users/1").json(), "DELETE", c.delete("/users/1").json(), "PUT", c.put("/users/1").status_code)
assert c.get("/users/1").json() == "get" and c.put("/users/1").status_code == 405

# converter collision: two handlers, one OpenAPI path
a = FastAPI()


@a.get("/items/{id:int}")
async def by_int(id: int): return "int"


@a.get("/items/{id:str}")
async def by_str(id: str): return "str"


c = TestClient(a)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    paths = c.get("/openapi.json").json()["paths"]
print("converter collision: /items/3 ->", c.get("/items/3").json(), "/items/x ->", c.get("/items/x").json(),
      "| OpenAPI paths:", list(paths), "| warnings:", [str(x.message)[:40] for x in w])
assert list(paths) == ["/items/{id}"]

# trailing slash: redirect to the other form
a = FastAPI()


@a.get("/users")
async def users(): return []


r = TestClient(a, follow_redirects=False).get("/users/")
print("/users/ ->", r.status_code, r.headers["location"])
assert r.status_code == 307
print("OK route-order-path-conflicts")
