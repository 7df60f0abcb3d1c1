# query-alias-bool-list-code-reading: the file's endpoint and its two requests, then the follow-ups
# (extra="forbid" query model, empty in_stock).
from typing import Annotated
from fastapi import FastAPI, Query

app = FastAPI()

@app.get("/shops/{shop_id}/items")
async def list_items(
    shop_id: int,
    in_stock: bool = False,
    q: str | None = None,
    tag: Annotated[list[str], Query()] = [],
    page_size: Annotated[int, Query(alias="page-size", ge=1, le=100)] = 20,
):
    return {"shop_id": shop_id, "in_stock": in_stock, "q": q, "tag": tag, "page_size": page_size}

from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict, Field

c = TestClient(app)
r = c.get("/shops/7/items?in_stock=yes&q=&tag=tea&tag=green&page_size=50")
print("1:", r.status_code, r.json())
assert r.status_code == 200
assert r.json() == {"shop_id": 7, "in_stock": True, "q": "", "tag": ["tea", "green"], "page_size": 20}

r = c.get("/shops/seven/items?in_stock=maybe&page-size=500")
print("2:", r.status_code)
for e in r.json()["detail"]:
    print("  ", e)
assert r.status_code == 422
assert [(e["type"], e["loc"]) for e in r.json()["detail"]] == [
    ("int_parsing", ["path", "shop_id"]), ("bool_parsing", ["query", "in_stock"]),
    ("less_than_equal", ["query", "page-size"])]
assert r.json()["detail"][2]["ctx"] == {"le": 100} and r.json()["detail"][2]["input"] == "500"

r = c.get("/shops/7/items?in_stock=")
print("in_stock= :", r.status_code, r.json()["detail"][0]["type"])
assert r.json()["detail"][0]["type"] == "bool_parsing"


class ItemParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    page_size: int = Field(20, alias="page-size", ge=1, le=100)


@app.get("/strict")
async def strict(p: Annotated[ItemParams, Query()]):
    return p.page_size


r = c.get("/strict?page_size=50")
print("query model with extra='forbid', page_size=50:", r.status_code, r.json()["detail"][0]["type"], r.json()["detail"][0]["loc"])
assert r.json()["detail"][0]["type"] == "extra_forbidden"
assert c.get("/strict?page-size=50").json() == 50
print("OK query-alias-bool-list-code-reading")
