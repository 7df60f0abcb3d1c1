# multiple-body-params-and-embed: the file's transfer endpoint (Item and Warehouse stubbed to fit its JSON),
# the wrapped body, error locations, the table's rows, and the generated schema name.
from typing import Annotated

from fastapi import Body, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    sku: str
    quantity: int


class Warehouse(BaseModel):
    code: str

# --- the file's code ---
from typing import Annotated
from fastapi import Body

@app.post("/transfers")
async def create_transfer(
    item: Item,
    warehouse: Warehouse,
    priority: Annotated[int, Body(ge=1, le=5)],
    dry_run: bool = False,                     # still a query parameter
):
    ...
# -----------------------

c = TestClient(app)
body = {"item": {"sku": "TEA-0042", "quantity": 3}, "warehouse": {"code": "BER-1"}, "priority": 2}
r = c.post("/transfers?dry_run=true", json=body)
print("file's JSON:", r.status_code)
assert r.status_code == 200
r = c.post("/transfers", json={"item": {"sku": "T", "quantity": 3}, "warehouse": {}, "priority": 9})
print("errors:", [(e["type"], e["loc"]) for e in r.json()["detail"]])
assert ["body", "warehouse", "code"] in [e["loc"] for e in r.json()["detail"]]
assert ("less_than_equal", ["body", "priority"]) in [(e["type"], e["loc"]) for e in r.json()["detail"]]
op = c.get("/openapi.json").json()
post = op["paths"]["/transfers"]["post"]
print("query parameters:", [p["name"] for p in post["parameters"]], "| body schema:", post["requestBody"]["content"]["application/json"]["schema"])
body_schema = op["components"]["schemas"]["Body_create_transfer_transfers_post"]
print("Body_create_transfer_transfers_post:", body_schema["properties"]["priority"], body_schema["required"])
assert body_schema["properties"]["priority"]["maximum"] == 5

t = FastAPI()


@t.post("/one")
async def one(item: Item): return item


@t.post("/one-embed")
async def one_embed(item: Annotated[Item, Body(embed=True)]): return item


@t.post("/lone-scalar")
async def lone(priority: Annotated[int, Body()]): return priority


@t.post("/lone-scalar-embed")
async def lone_embed(priority: Annotated[int, Body(embed=True)]): return priority


@t.post("/aliased")
async def aliased(item: Item, wh: Annotated[Warehouse, Body(alias="warehouse")]): return wh


tc = TestClient(t)
flat, wrapped = {"sku": "A", "quantity": 1}, {"item": {"sku": "A", "quantity": 1}}
rows = [("/one", flat), ("/one", wrapped), ("/one-embed", wrapped), ("/one-embed", flat),
        ("/lone-scalar", 2), ("/lone-scalar", {"priority": 2}), ("/lone-scalar-embed", {"priority": 2}),
        ("/aliased", {"item": flat, "warehouse": {"code": "B"}})]
for path, b in rows:
    r = tc.post(path, json=b)
    print(f"{path:20} {str(b):45} -> {r.status_code}")
res = {(p, str(b)): tc.post(p, json=b).status_code for p, b in rows}
assert res[("/one", str(flat))] == 200 and res[("/one", str(wrapped))] == 422
assert res[("/one-embed", str(wrapped))] == 200 and res[("/one-embed", str(flat))] == 422
assert res[("/lone-scalar", "2")] == 200 and res[("/lone-scalar", str({"priority": 2}))] == 422
assert res[("/lone-scalar-embed", str({"priority": 2}))] == 200
print("OK multiple-body-params-and-embed")
