# resp-datetime-uuid-decimal-consistency: the two serialisation paths side by side (endpoints written from the
# question), naive datetimes, the file's Money / Timestamp / DailyReport fix, ORJSONResponse, and orjson on raw rows.
import warnings
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from uuid import UUID

import orjson
from fastapi import FastAPI
from fastapi.encoders import jsonable_encoder
from fastapi.testclient import TestClient
from pydantic import BaseModel, ValidationError

AWARE = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
NAIVE = datetime(2026, 3, 1, 12, 0)
OID = UUID("6f1c3c9e-4c1a-4a55-9b1e-0d7f2a0f5c11")


class OrderOut(BaseModel):
    id: UUID
    total: Decimal
    placed_at: datetime
    legacy_at: datetime
    eta: timedelta


app = FastAPI()
row = {"id": OID, "total": Decimal("19.90"), "placed_at": AWARE, "legacy_at": NAIVE, "eta": timedelta(hours=1)}


@app.get("/orders/{oid}")
async def get_order(oid: str) -> OrderOut:
    return row


@app.get("/reports/daily")
async def daily():
    return row


c = TestClient(app)
a, b = c.get("/orders/1").json(), c.get("/reports/daily").json()
print("response model:", a)
print("plain dict:    ", b)
assert a == {"id": str(OID), "total": "19.90", "placed_at": "2026-03-01T12:00:00Z", "legacy_at": "2026-03-01T12:00:00", "eta": "PT1H"}
assert b == {"id": str(OID), "total": 19.9, "placed_at": "2026-03-01T12:00:00+00:00", "legacy_at": "2026-03-01T12:00:00", "eta": 3600.0}
print("jsonable_encoder(Decimal('20')):", jsonable_encoder(Decimal("20")), "| Decimal('12345678901234567.89'):", jsonable_encoder(Decimal("12345678901234567.89")))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    datetime.utcnow()
print("datetime.utcnow():", [x.category.__name__ for x in w])

# --- the file's fix ---
from datetime import date
from decimal import Decimal
from typing import Annotated
from pydantic import AwareDatetime, BaseModel, PlainSerializer

Money = Annotated[Decimal, PlainSerializer(lambda d: f"{d:.2f}", return_type=str, when_used="json")]
Timestamp = AwareDatetime            # a naive value now fails loudly

class DailyReport(BaseModel):
    day: date
    total: Money
    generated_at: Timestamp
# ----------------------

fixed = FastAPI()


@fixed.get("/reports/daily")
async def daily_fixed() -> DailyReport:
    return {"day": date(2026, 3, 1), "total": Decimal("19.9"), "generated_at": AWARE}


@fixed.get("/reports/naive")
async def daily_naive() -> DailyReport:
    return {"day": date(2026, 3, 1), "total": Decimal("19.9"), "generated_at": NAIVE}


fc = TestClient(fixed, raise_server_exceptions=False)
print("fixed:", fc.get("/reports/daily").json(), "| naive timestamp ->", fc.get("/reports/naive").status_code)
assert fc.get("/reports/daily").json() == {"day": "2026-03-01", "total": "19.90", "generated_at": "2026-03-01T12:00:00Z"}
print("schema total:", fc.get("/openapi.json").json()["components"]["schemas"]["DailyReport"]["properties"]["total"])

print("custom_encoder affects one call:", jsonable_encoder({"t": Decimal("1.50")}, custom_encoder={Decimal: str}), jsonable_encoder({"t": Decimal("1.50")}))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    class Old(BaseModel):
        model_config = {"json_encoders": {Decimal: str}}
        t: Decimal
print("json_encoders:", [f"{x.category.__name__}" for x in w] or "no warning at class creation")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.responses import ORJSONResponse
oj = FastAPI()


@oj.get("/orders/{oid}", response_class=ORJSONResponse)
async def get_order_orjson(oid: str) -> OrderOut:
    return row


print("ORJSONResponse with a response model:", TestClient(oj).get("/orders/1").json())
assert TestClient(oj).get("/orders/1").json() == a
try:
    orjson.dumps(row)
except TypeError as e:
    print("orjson.dumps on a raw row:", type(e).__name__, e)
print("orjson.dumps on a raw row without the Decimal:", orjson.dumps({k: v for k, v in row.items() if k not in ("total", "eta")}))
print("OK resp-datetime-uuid-decimal-consistency")
