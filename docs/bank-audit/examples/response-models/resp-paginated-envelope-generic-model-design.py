# resp-paginated-envelope-generic-model-design: the file's Page[T] and /v2/orders (OrderOut and orders.page
# stubbed; rows are attribute objects), filtering, the component names, model_parametrized_name, and the
# named subclass.
import types
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

app = FastAPI()


async def _page(limit, after):
    rows = [types.SimpleNamespace(id=i, total_cents=100 * i, internal_margin=0.3) for i in range(1, limit + 1)]
    return rows, "b3JkZXI6Mw"

orders = types.SimpleNamespace(page=_page)

from pydantic import BaseModel


class OrderOut(BaseModel):
    id: int
    total_cents: int

# --- the file's code ---
from typing import Annotated, Generic, TypeVar
from fastapi import Query
from pydantic import BaseModel, Field

T = TypeVar("T")

class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(None, description="Send as ?cursor= for the next page")
    total: int | None = None

@app.get("/v2/orders", response_model=Page[OrderOut])
async def list_orders(
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
    cursor: str | None = None,
):
    rows, next_cursor = await orders.page(limit=limit, after=cursor)
    return {"items": rows, "next_cursor": next_cursor}    # ORM rows are read by attribute
# -----------------------

c = TestClient(app)
r = c.get("/v2/orders?limit=2")
print(r.status_code, r.json())
assert r.json() == {"items": [{"id": 1, "total_cents": 100}, {"id": 2, "total_cents": 200}], "next_cursor": "b3JkZXI6Mw", "total": None}
print("limit=101 ->", c.get("/v2/orders?limit=101").status_code)
assert c.get("/v2/orders?limit=101").status_code == 422
spec = c.get("/openapi.json").json()
print("components:", sorted(spec["components"]["schemas"]))
assert "Page_OrderOut_" in spec["components"]["schemas"]
print("Page_OrderOut_ title:", spec["components"]["schemas"]["Page_OrderOut_"]["title"])


class CustomerOut(BaseModel):
    id: int


class NamedPage(BaseModel, Generic[T]):
    items: list[T]

    @classmethod
    def model_parametrized_name(cls, params: tuple[type[Any], ...]) -> str:
        return f"{params[0].__name__}Page"


class OrderPage(Page[OrderOut]):
    pass


b = FastAPI()


@b.get("/customers", response_model=NamedPage[CustomerOut])
async def customers():
    return {"items": []}


@b.get("/orders", response_model=OrderPage)
async def orders_named():
    return {"items": []}


@b.get("/invoices", response_model=Page[CustomerOut])
async def invoices():
    return {"items": []}


s = TestClient(b).get("/openapi.json").json()["components"]["schemas"]
print("NamedPage[CustomerOut]: class", NamedPage[CustomerOut].__name__, "| components:", sorted(s))
for k, v in s.items():
    if "Page" in k:
        print(f"  {k!r}: title {v.get('title')!r}")
assert "OrderPage" in s and "NamedPage_CustomerOut_" in s and s["NamedPage_CustomerOut_"]["title"] == "CustomerOutPage"
print("OK resp-paginated-envelope-generic-model-design")
