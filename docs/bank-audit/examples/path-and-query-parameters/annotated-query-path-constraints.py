# annotated-query-path-constraints: the file's endpoint, constraint errors and their OpenAPI form, and the
# pitfalls (default= inside Query with Annotated, regex=, min_length on an optional value, path defaults).
import warnings
from typing import Annotated

from fastapi import FastAPI, Path, Query
from fastapi.testclient import TestClient

app = FastAPI()

# --- the file's code ---
from typing import Annotated
from fastapi import FastAPI, Path, Query

WarehouseId = Annotated[int, Path(gt=0, description="Warehouse number")]

@app.get("/warehouses/{warehouse_id}/items")
async def search_items(
    warehouse_id: WarehouseId,
    q: Annotated[str | None, Query(min_length=3, max_length=50,
                                   pattern=r"^[A-Za-z0-9 ]+$")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    sort_by: Annotated[str, Query(alias="sort-by", deprecated=True)] = "name",
):
    ...
# -----------------------

@app.get("/echo/{warehouse_id}/items")                 # same parameters, echoing what arrived
async def echo(warehouse_id: WarehouseId,
               q: Annotated[str | None, Query(min_length=3, max_length=50, pattern=r"^[A-Za-z0-9 ]+$")] = None,
               limit: Annotated[int, Query(ge=1, le=200)] = 20,
               sort_by: Annotated[str, Query(alias="sort-by", deprecated=True)] = "name"):
    return {"warehouse_id": warehouse_id, "q": q, "limit": limit, "sort_by": sort_by}


c = TestClient(app)
r = c.get("/warehouses/3/items", params={"q": "blue mug", "limit": 5, "sort-by": "price"})
print("valid:", r.status_code, r.json())
assert r.status_code == 200
print("echo: ", c.get("/echo/3/items", params={"q": "blue mug", "limit": 5, "sort-by": "price"}).json())
print("echo without q (min_length only when present):", c.get("/echo/3/items").json())
assert c.get("/echo/3/items").json()["q"] is None

bad = {"/warehouses/0/items": ("path", "warehouse_id", "greater_than"),
       "/warehouses/1/items?limit=201": ("query", "limit", "less_than_equal"),
       "/warehouses/1/items?q=ab": ("query", "q", "string_too_short"),
       "/warehouses/1/items?q=a%21b%21c": ("query", "q", "string_pattern_mismatch")}
for url, (src, name, typ) in bad.items():
    e = c.get(url).json()["detail"][0]
    print(url, "->", e["type"], e["loc"], e.get("ctx"))
    assert e["loc"] == [src, name] and e["type"] == typ
e = c.get("/warehouses/1/items?limit=201").json()["detail"][0]
assert e["ctx"] == {"le": 200}

params = {p["name"]: p for p in c.get("/openapi.json").json()["paths"]["/warehouses/{warehouse_id}/items"]["get"]["parameters"]}
for n, p in params.items():
    print("openapi", n, {k: v for k, v in p.items() if k != "name"})
assert params["warehouse_id"]["schema"]["exclusiveMinimum"] == 0 and params["warehouse_id"]["description"] == "Warehouse number"
assert params["q"]["schema"]["anyOf"][0] == {"type": "string", "maxLength": 50, "minLength": 3, "pattern": "^[A-Za-z0-9 ]+$"}
assert params["limit"]["schema"]["maximum"] == 200 and params["sort-by"]["deprecated"] is True

# old style: the default slot holds a Query object when called directly
def old(limit: int = Query(20, le=200)): return limit
print("old style called directly gets:", type(old()).__name__)

try:
    @app.get("/bad-default")
    async def bad_default(limit: Annotated[int, Query(default=20)] = 20): ...
    raise SystemExit("default= inside Query with Annotated: accepted")
except AssertionError as e:
    print("default= inside Query with Annotated:", type(e).__name__, e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")

    @app.get("/regex")
    async def with_regex(q: Annotated[str, Query(regex="^a")]):
        return q
print("Query(regex=...):", [f"{x.category.__name__}: {x.message}" for x in w][:1])
assert w and c.get("/regex?q=b").status_code == 422

from pydantic import BaseModel, Field
try:
    class M(BaseModel):
        q: str = Field(regex="^a")
    raise SystemExit("Field(regex=) accepted")
except Exception as e:
    print("pydantic Field(regex=):", type(e).__name__, str(e).splitlines()[0])


@app.get("/plain-default/{item_id}")
async def plain_default(item_id: int = 5):
    return {"item_id": item_id}


print("path param with a plain default: /plain-default/7 ->", c.get("/plain-default/7").json(),
      "| required in OpenAPI:", c.get("/openapi.json").json()["paths"]["/plain-default/{item_id}"]["get"]["parameters"][0]["required"])

try:
    @app.get("/pd1/{item_id}")
    async def pd1(item_id: Annotated[int, Path()] = 5): ...
    raise SystemExit("Annotated Path with default: accepted")
except AssertionError as e:
    print("Annotated[int, Path()] = 5:", type(e).__name__, e)
try:
    @app.get("/pd2/{item_id}")
    async def pd2(item_id: int = Path(5)): ...
    raise SystemExit("Path(5): accepted")
except AssertionError as e:
    print("item_id: int = Path(5):", type(e).__name__, e)
print("OK annotated-query-path-constraints")
