# strict-vs-lax-validation: lax coercion, the file's Payment and Refund models, what a model-wide strict=True
# does to a FastAPI body (Python-mode validation of the decoded JSON), strict parameters, and the
# model_validate_json way out.
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Annotated
from uuid import UUID

from fastapi import FastAPI, Query, Request
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict, ValidationError

# --- the file's code ---
from datetime import datetime
from typing import Annotated
from pydantic import BaseModel, ConfigDict, Field, StrictBool, Strict

class Payment(BaseModel):
    amount_cents: Annotated[int, Strict()]        # field level
    confirmed: StrictBool                          # shorthand type
    currency: str = Field(strict=True)

class Refund(BaseModel):
    model_config = ConfigDict(strict=True)         # whole model
    amount_cents: int
    created_at: datetime = Field(strict=False)     # override one field
# -----------------------


class Lax(BaseModel):
    amount: int
    confirmed: bool
    day: date


print("lax:", Lax(amount="100", confirmed="yes", day="2025-01-31"))
for v in ("yes", "on", "1", "true"):
    assert Lax(amount=1, confirmed=v, day="2025-01-31").confirmed is True
for bad in ({"amount": 1.5}, ):
    try:
        Lax(**{"confirmed": True, "day": "2025-01-31", **bad})
    except ValidationError as e:
        print("lax still refuses 1.5 for int:", e.errors()[0]["type"])


class S(BaseModel):
    s: str


class S2(BaseModel):
    model_config = ConfigDict(coerce_numbers_to_str=True)
    s: str


try:
    S(s=5)
except ValidationError as e:
    print("number to str:", e.errors()[0]["type"], "| coerce_numbers_to_str:", S2(s=5).s)

app = FastAPI()


@app.post("/payments")
async def pay(p: Payment):
    return p


@app.post("/refunds")
async def refund(r: Refund):
    return r


c = TestClient(app)
r = c.post("/payments", json={"amount_cents": "100", "confirmed": "yes", "currency": "EUR"})
print("Payment with strings:", r.status_code, [(e["type"], e["loc"]) for e in r.json()["detail"]])
assert r.status_code == 422 and [e["type"] for e in r.json()["detail"]] == ["int_type", "bool_type"]
assert c.post("/payments", json={"amount_cents": 100, "confirmed": True, "currency": "EUR"}).status_code == 200
r = c.post("/refunds", json={"amount_cents": 100, "created_at": "2025-01-31T10:00:00"})
print("Refund, created_at overridden lax, ISO string:", r.status_code)
assert r.status_code == 200


class Kind(str, Enum):
    a = "a"


class AllStrict(BaseModel):
    model_config = ConfigDict(strict=True)
    day: date
    ref: UUID
    kind: Kind
    price: Decimal


sa = FastAPI()
got = {}


@sa.post("/strict")
async def strict_body(m: AllStrict):
    return {}


@sa.post("/strict-raw")
async def strict_raw(request: Request):
    try:
        AllStrict.model_validate_json(await request.body())
        return {"ok": True}
    except ValidationError as e:
        return {"errors": [(x["type"], x["loc"]) for x in e.errors()]}


sc = TestClient(sa)
payload = {"day": "2025-01-31", "ref": "6f1c3c9e-4c1a-4a55-9b1e-0d7f2a0f5c11", "kind": "a", "price": "9.99"}
r = sc.post("/strict", json=payload)
print("model-wide strict, FastAPI body:", r.status_code, [(e["type"], e["loc"][-1]) for e in r.json()["detail"]])
errs = {e["loc"][-1]: e["type"] for e in r.json()["detail"]}
assert errs == {"day": "date_type", "ref": "is_instance_of", "price": "is_instance_of"}, errs
# Pydantic 2.10.6 quirk: the enum field passes through FastAPI although plain strict Python-mode validation
# rejects it. FastAPI builds TypeAdapter(Annotated[Model, Field(json_schema_extra={}, ...)]); under 2.10.6 that
# puts the enum in a shared definition validated without the model's strict config.
try:
    AllStrict.model_validate(payload)
except ValidationError as e:
    print("  same dict, AllStrict.model_validate directly:", [(x["type"], x["loc"][-1]) for x in e.errors()])
from pydantic import Field as _F, TypeAdapter
ta = TypeAdapter(Annotated[(AllStrict, _F(json_schema_extra={}))])
try:
    ta.validate_python(payload)
except ValidationError as e:
    print("  TypeAdapter(Annotated[AllStrict, Field(json_schema_extra={})]):", [(x["type"], x["loc"][-1]) for x in e.errors()])
r2 = sc.post("/strict", json={**payload, "price": 9.99})
print("  price as a JSON number:", [(e["type"], e["loc"][-1]) for e in r2.json()["detail"] if e["loc"][-1] == "price"])
r3 = sc.post("/strict-raw", json=payload)
print("model_validate_json on the raw body:", r3.json())
print("  with price as a JSON number:", sc.post("/strict-raw", json={**payload, "price": 9.99}).json())

pa = FastAPI()


@pa.get("/items")
async def items(limit: Annotated[int, Strict()] = 10, flag: Annotated[bool, Query(strict=True)] = False,
                day: Annotated[date | None, Strict()] = None):
    return {"limit": limit}


pc = TestClient(pa)
for q in ("limit=5", "flag=true", "day=2025-01-31"):
    r = pc.get(f"/items?{q}")
    print(f"strict query {q}:", r.status_code, r.json()["detail"][0]["type"] if r.status_code == 422 else r.json())
print("OK strict-vs-lax-validation")
