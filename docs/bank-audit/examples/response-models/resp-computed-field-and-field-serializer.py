# resp-computed-field-and-field-serializer: the file's OrderOut returned by an endpoint (from an ORM-like row),
# the computed and serialised fields in the JSON and in the schema, input behaviour, Input/Output schemas,
# PlainSerializer and when_used="json".
from datetime import datetime, timezone
from types import SimpleNamespace
from typing import Annotated

from fastapi import FastAPI
from fastapi.testclient import TestClient

# --- the file's code ---
from datetime import datetime
from pydantic import BaseModel, computed_field, field_serializer

class LineOut(BaseModel):
    sku: str
    quantity: int
    unit_price_cents: int

class OrderOut(BaseModel):
    id: int
    placed_at: datetime
    lines: list[LineOut]

    @computed_field
    @property
    def total_cents(self) -> int:
        return sum(line.quantity * line.unit_price_cents for line in self.lines)

    @field_serializer("placed_at")
    def placed_on(self, value: datetime) -> str:
        return value.date().isoformat()
# -----------------------

app = FastAPI()
row = SimpleNamespace(id=1, placed_at=datetime(2026, 3, 1, 14, 30, tzinfo=timezone.utc),
                      lines=[SimpleNamespace(sku="A", quantity=2, unit_price_cents=150),
                             SimpleNamespace(sku="B", quantity=1, unit_price_cents=99)])


@app.get("/orders/{oid}", response_model=OrderOut)
async def get_order(oid: int):
    return row                       # an ORM-like object, read by attribute


c = TestClient(app)
r = c.get("/orders/1")
print(r.json())
assert r.json()["total_cents"] == 399 and r.json()["placed_at"] == "2026-03-01"
o = OrderOut.model_validate(row, from_attributes=True)
print("model_dump:", o.model_dump()["total_cents"], o.model_dump()["placed_at"], "| model_dump_json has it:", '"total_cents":399' in o.model_dump_json())
s = c.get("/openapi.json").json()["components"]["schemas"]["OrderOut"]
print("schema total_cents:", s["properties"]["total_cents"], "| placed_at:", s["properties"]["placed_at"], "| required:", s["required"])
assert s["properties"]["total_cents"]["readOnly"] is True and "total_cents" in s["required"]
assert s["properties"]["placed_at"]["type"] == "string" and "format" not in s["properties"]["placed_at"]

both = FastAPI()


@both.post("/orders")
async def create(order: OrderOut) -> OrderOut:
    return order


bc = TestClient(both)
r = bc.post("/orders", json={"id": 2, "placed_at": "2026-03-01T10:00:00Z", "lines": [], "total_cents": 999})
print("total_cents sent in a body:", r.json()["total_cents"])
assert r.json()["total_cents"] == 0
names = sorted(bc.get("/openapi.json").json()["components"]["schemas"])
print("schemas when used for input and output:", names)
assert "OrderOut-Input" in names and "OrderOut-Output" in names
inp = bc.get("/openapi.json").json()["components"]["schemas"]["OrderOut-Input"]
print("  OrderOut-Input has total_cents:", "total_cents" in inp["properties"])

from pydantic import PlainSerializer

DateOnly = Annotated[datetime, PlainSerializer(lambda v: v.date().isoformat(), return_type=str)]
JsonDateOnly = Annotated[datetime, PlainSerializer(lambda v: v.date().isoformat(), return_type=str, when_used="json")]


class M(BaseModel):
    a: DateOnly
    b: JsonDateOnly


m = M(a=row.placed_at, b=row.placed_at)
print("PlainSerializer python:", m.model_dump(), "| json:", m.model_dump_json())
assert m.model_dump()["a"] == "2026-03-01" and isinstance(m.model_dump()["b"], datetime)
print("OK resp-computed-field-and-field-serializer")
