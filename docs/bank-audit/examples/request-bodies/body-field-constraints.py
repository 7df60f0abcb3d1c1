# body-field-constraints: the file's ProductIn used as a request body; constraint errors, schema metadata,
# default_factory per instance, alias, unvalidated defaults, and the v1 names.
import time
import warnings

from fastapi import FastAPI
from fastapi.testclient import TestClient

# --- the file's code ---
from datetime import datetime, timezone
from decimal import Decimal
from typing import Annotated
from uuid import UUID, uuid4
from pydantic import BaseModel, EmailStr, Field, HttpUrl

Sku = Annotated[str, Field(pattern=r"^[A-Z]{3}-\d{4}$", examples=["TEA-0042"])]

class ProductIn(BaseModel):
    sku: Sku
    name: str = Field(min_length=2, max_length=120, description="Shown in the shop")
    price: Decimal = Field(gt=0, max_digits=10, decimal_places=2)
    stock: int = Field(0, ge=0)
    image: HttpUrl | None = None
    supplier_email: EmailStr
    external_ref: str | None = Field(None, alias="externalRef")
    request_id: UUID = Field(default_factory=uuid4)
    received_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
# -----------------------

app = FastAPI()


@app.post("/products")
async def create(p: ProductIn):
    return {"external_ref": p.external_ref, "request_id": str(p.request_id), "price": str(p.price),
            "received_at": p.received_at.isoformat()}


c = TestClient(app)
good = {"sku": "TEA-0042", "name": "Green tea", "price": "4.50", "supplier_email": "s@example.com",
        "externalRef": "ERP-9"}
r1 = c.post("/products", json=good)
time.sleep(0.01)
r2 = c.post("/products", json=good)
print("valid:", r1.status_code, r1.json())
assert r1.status_code == 200 and r1.json()["external_ref"] == "ERP-9"
assert r1.json()["request_id"] != r2.json()["request_id"] and r1.json()["received_at"] != r2.json()["received_at"]
print("second request gets a new request_id and received_at (default_factory per instance)")
no_alias = {k: v for k, v in good.items() if k != "externalRef"}
r = c.post("/products", json={**no_alias, "external_ref": "by-python-name"})
print("JSON key external_ref (the Python name) instead of externalRef:", r.json()["external_ref"])
assert r.json()["external_ref"] is None

bad = {"price": "0", "sku": "tea-42", "name": "x", "stock": -1, "image": "not a url",
       "supplier_email": "nope"}
r = c.post("/products", json={**good, **bad})
print("bad values:", r.status_code)
for e in r.json()["detail"]:
    print("  ", e["type"], e["loc"])
types = {e["loc"][-1]: e["type"] for e in r.json()["detail"]}
assert types["price"] == "greater_than" and types["sku"] == "string_pattern_mismatch"
r = c.post("/products", json={**good, "price": "4.555"})
print("price 4.555:", r.json()["detail"][0]["type"])
r = c.post("/products", json={**good, "price": "123456789.00"})
print("price 123456789.00:", r.json()["detail"][0]["type"])

schema = c.get("/openapi.json").json()["components"]["schemas"]["ProductIn"]
print("schema sku:", schema["properties"]["sku"])
print("schema name:", schema["properties"]["name"])
print("schema keys:", list(schema["properties"]), "required:", schema["required"])
assert schema["properties"]["sku"]["examples"] == ["TEA-0042"] and schema["properties"]["name"]["description"] == "Shown in the shop"
assert "externalRef" in schema["properties"]


class Bad(BaseModel):
    stock: int = Field(-5, ge=0)


class BadChecked(BaseModel):
    stock: int = Field(-5, ge=0, validate_default=True)


print("unvalidated default:", Bad().stock)
try:
    BadChecked()
except Exception as e:
    print("validate_default=True:", type(e).__name__, e.errors()[0]["type"])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    class Old(BaseModel):
        tags: list[str] = Field(min_items=1)
print("Field(min_items=1):", [f"{x.category.__name__}: {x.message}" for x in w])
try:
    class Old2(BaseModel):
        s: str = Field(regex="a")
except Exception as e:
    print("Field(regex=):", type(e).__name__, str(e).splitlines()[0])
print("OK body-field-constraints")
