"""openapi-tags-summary-description: the file's app and router; what the schema says for each piece."""
import json

from fastapi import APIRouter, FastAPI
from pydantic import BaseModel


class Order(BaseModel):
    id: int


class OrderIn(BaseModel):
    sku: str

# --- the file's code ---------------------------------------------------------------------------
tags_metadata = [
    {"name": "orders", "description": "Create and track **orders**."},
    {"name": "admin", "description": "Back-office operations. Staff only."},
]

app = FastAPI(
    title="Shop API",
    version="2.3.0",
    description="Public API of the shop. Markdown is allowed here.",
    openapi_tags=tags_metadata,
)

router = APIRouter(prefix="/orders", tags=["orders"])

@router.get("/{order_id}", summary="Get one order", response_description="The order with its lines")
def read_order(order_id: int) -> Order:
    """
    Returns the order **as stored**, including cancelled ones.

    - `404` if the order does not exist
    """

@router.post("/legacy-create", deprecated=True)
def create_order_legacy(order: OrderIn) -> Order: ...
# -----------------------------------------------------------------------------------------------

app.include_router(router)          # (the file declares the router; including it is left implicit)


@router.get("/", tags=["reports"])
def list_orders() -> list[Order]:
    """Lists orders.
    \f
    Internal: this reads from the replica.
    """
    return []


s = app.openapi()
print("info:", s["info"])
print("tags:", s["tags"])
g = s["paths"]["/orders/{order_id}"]["get"]
print("GET /orders/{order_id}:", json.dumps({k: g[k] for k in ("tags", "summary", "description")}))
print("  200 description:", g["responses"]["200"]["description"])
p = s["paths"]["/orders/legacy-create"]["post"]
print("POST /orders/legacy-create:", {k: p.get(k) for k in ("tags", "summary", "deprecated")},
      "| 200 description:", p["responses"]["200"]["description"])
lo = s["paths"]["/orders/"]["get"]
print("GET /orders/ (route adds a tag, \\f in docstring):", lo["tags"], repr(lo["description"]), lo["summary"])
assert s["tags"] == tags_metadata and s["info"]["description"].startswith("Public API")
assert g["summary"] == "Get one order" and g["tags"] == ["orders"]
assert g["description"].strip().startswith("Returns the order **as stored**")
assert g["responses"]["200"]["description"] == "The order with its lines"
assert p["summary"] == "Create Order Legacy" and p["deprecated"] is True
assert p["responses"]["200"]["description"] == "Successful Response"
assert lo["tags"] == ["orders", "reports"] and "replica" not in lo["description"]


def read_order2(order_id: int): ...
r2 = APIRouter()
r2.get("/x")(read_order2)
a = FastAPI()
a.include_router(r2)
print("summary from the name read_order2:", a.openapi()["paths"]["/x"]["get"]["summary"])
print("OK openapi-tags-summary-description")
