# query-parameter-models: the file's ListParams and endpoint (repo.search stubbed to echo its arguments);
# fields from the query, extra="forbid", the model_validator, OpenAPI, Depends() alternative, no marker = body.
import types

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient

app = FastAPI()


async def _search(**kw):
    return kw

repo = types.SimpleNamespace(search=_search)

# --- the file's code ---
from typing import Annotated, Literal
from fastapi import Query
from pydantic import BaseModel, ConfigDict, Field, model_validator

class ListParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    limit: int = Field(50, ge=1, le=200)
    offset: int = Field(0, ge=0)
    order_by: Literal["created_at", "name"] = "created_at"
    tags: list[str] = []
    min_price: float | None = None
    max_price: float | None = None

    @model_validator(mode="after")
    def check_range(self):
        if self.min_price is not None and self.max_price is not None \
                and self.min_price > self.max_price:
            raise ValueError("min_price must not exceed max_price")
        return self

@app.get("/products")
async def list_products(params: Annotated[ListParams, Query()]):
    return await repo.search(**params.model_dump())
# -----------------------

c = TestClient(app)
r = c.get("/products?limit=10&tags=a&tags=b&order_by=name&min_price=1")
print(r.status_code, r.json())
assert r.json() == {"limit": 10, "offset": 0, "order_by": "name", "tags": ["a", "b"], "min_price": 1.0, "max_price": None}
r = c.get("/products?limt=10")
print("typo:", r.status_code, r.json()["detail"])
assert r.json()["detail"][0]["type"] == "extra_forbidden" and r.json()["detail"][0]["loc"] == ["query", "limt"]
r = c.get("/products?min_price=5&max_price=1")
print("range:", r.status_code, r.json()["detail"][0]["type"], r.json()["detail"][0]["msg"], r.json()["detail"][0]["loc"])
assert r.status_code == 422
r = c.get("/products?utm_source=mail")
print("tracking parameter:", r.status_code)
assert r.status_code == 422
params = c.get("/openapi.json").json()["paths"]["/products"]["get"]["parameters"]
print("OpenAPI parameters:", [(p["name"], p["in"]) for p in params])
assert [p["name"] for p in params] == ["limit", "offset", "order_by", "tags", "min_price", "max_price"]


class ClassDep:
    def __init__(self, limit: int = 50, offset: int = 0):
        self.limit, self.offset = limit, offset


@app.get("/dep")
async def via_dep(p: Annotated[ClassDep, Depends()]):
    return {"limit": p.limit, "offset": p.offset}


print("Depends() class:", c.get("/dep?limit=3").json())


@app.get("/no-marker")
async def no_marker(params: ListParams):
    return params


op = c.get("/openapi.json").json()["paths"]["/no-marker"]["get"]
print("model without Query(): requestBody in OpenAPI:", "requestBody" in op, "| GET ?limit=3 ->", c.get("/no-marker?limit=3").status_code)
assert "requestBody" in op


class Inner(BaseModel):
    a: int


class Nested(BaseModel):
    inner: Inner | None = None


@app.get("/nested")
async def nested(p: Annotated[Nested, Query()]):
    return p


r = c.get("/nested?inner=1")
print("nested field from the query string:", r.status_code, r.json())
print("OK query-parameter-models")
