# list-query-parameters: the file's /products; repeated keys, bad element, defaults (and that the default list is
# not shared), a bare list[str] becoming a body, comma values not split, item constraints, bare `list`, alias.
from typing import Annotated
from fastapi import FastAPI
from fastapi.testclient import TestClient

app = FastAPI()

# --- the file's code ---
from typing import Annotated
from fastapi import Query

@app.get("/products")
async def list_products(
    tag: Annotated[list[str], Query()] = [],
    id: Annotated[list[int] | None, Query()] = None,
):
    return {"tag": tag, "id": id}
# -----------------------

c = TestClient(app)
r = c.get("/products?tag=tea&tag=organic&id=3&id=9")
print(r.json())
assert r.json() == {"tag": ["tea", "organic"], "id": [3, 9]}
r = c.get("/products?id=3&id=x")
print("id=3&id=x:", r.status_code, r.json()["detail"])
assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "id", 1]
print("no values:", c.get("/products").json())
assert c.get("/products").json() == {"tag": [], "id": None}
print("comma style:", c.get("/products?tag=tea,organic").json()["tag"])
assert c.get("/products?tag=tea,organic").json()["tag"] == ["tea,organic"]


@app.get("/mutate")
async def mutate(tag: Annotated[list[str], Query()] = []):
    tag.append("added")
    return tag


print("default list mutated twice:", c.get("/mutate").json(), c.get("/mutate").json())
assert c.get("/mutate").json() == ["added"]


@app.get("/bare")
async def bare(tag: list[str]):
    return tag


op = c.get("/openapi.json").json()["paths"]["/bare"]["get"]
print("bare list[str] on GET: parameters", op.get("parameters"), "| requestBody:", "requestBody" in op)
r = c.get("/bare?tag=a")
print("GET /bare?tag=a ->", r.status_code, r.json()["detail"][0]["loc"])
assert "requestBody" in op and r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body"]

from pydantic import StringConstraints


@app.get("/limited")
async def limited(tag: Annotated[list[Annotated[str, StringConstraints(max_length=3)]], Query()] = []):
    return tag


r = c.get("/limited?tag=ab&tag=abcd")
print("item max_length=3:", r.status_code, r.json()["detail"][0]["type"], r.json()["detail"][0]["loc"])
assert r.json()["detail"][0]["loc"] == ["query", "tag", 1]


@app.get("/untyped")
async def untyped(tag: Annotated[list, Query()] = []):
    return tag


print("tag: list (no item type) with 1 and x:", c.get("/untyped?tag=1&tag=x").json())


@app.get("/alias")
async def aliased(ids: Annotated[list[int], Query(alias="id")] = []):
    return ids


print("alias id:", c.get("/alias?id=1&id=2").json())
assert c.get("/alias?id=1&id=2").json() == [1, 2]
print("OK list-query-parameters")
