# json-body-with-basemodel: the file's BookingIn and endpoint with `prices` and `bookings` stubbed; conversion,
# required fields, 422 locations, the instance type, OpenAPI, and the pitfalls.
import types
import warnings

from fastapi import FastAPI
from fastapi.testclient import TestClient

app = FastAPI()
seen = {}


async def _for_room(room_id):
    return 80


async def _insert(data):
    seen["inserted"] = data
    return types.SimpleNamespace(id=17)

prices = types.SimpleNamespace(for_room=_for_room)
bookings = types.SimpleNamespace(insert=_insert)

# --- the file's code ---
from datetime import date
from pydantic import BaseModel

class BookingIn(BaseModel):
    guest_name: str
    room_id: int
    check_in: date
    nights: int = 1
    notes: str | None = None

@app.post("/bookings", status_code=201)
async def create_booking(booking: BookingIn):
    total = booking.nights * await prices.for_room(booking.room_id)
    saved = await bookings.insert(booking.model_dump())
    return {"id": saved.id, "total": total}
# -----------------------

c = TestClient(app)
r = c.post("/bookings", json={"guest_name": "Ada", "room_id": "12", "check_in": "2025-03-01", "nights": 3, "extra": 1})
print(r.status_code, r.json(), "| model_dump:", seen["inserted"])
assert r.status_code == 201 and r.json() == {"id": 17, "total": 240}
assert seen["inserted"] == {"guest_name": "Ada", "room_id": 12, "check_in": date(2025, 3, 1), "nights": 3, "notes": None}
r = c.post("/bookings", json={"room_id": 1, "check_in": "March 1st"})
print("bad:", r.status_code, [(e["type"], e["loc"]) for e in r.json()["detail"]])
assert [e["loc"] for e in r.json()["detail"]] == [["body", "guest_name"], ["body", "check_in"]]

got = {}


@app.post("/probe")
async def probe(booking: BookingIn):
    got["type"] = type(booking).__name__
    got["unset"] = booking.model_dump(exclude_unset=True)
    return {}


c.post("/probe", json={"guest_name": "Ada", "room_id": 1, "check_in": "2025-03-01"})
print("inside the function:", got)
assert got == {"type": "BookingIn", "unset": {"guest_name": "Ada", "room_id": 1, "check_in": date(2025, 3, 1)}}
s = c.get("/openapi.json").json()
print("schema required:", s["components"]["schemas"]["BookingIn"]["required"], "| requestBody ref:",
      s["paths"]["/bookings"]["post"]["requestBody"]["content"]["application/json"]["schema"])
assert s["components"]["schemas"]["BookingIn"]["required"] == ["guest_name", "room_id", "check_in"]

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    BookingIn(guest_name="a", room_id=1, check_in="2025-01-01").dict()
print(".dict():", [x.category.__name__ for x in w])


@app.get("/get-body")
async def get_body(booking: BookingIn):
    return {"ok": booking.guest_name}


print("GET with a JSON body:", c.request("GET", "/get-body", json={"guest_name": "Ada", "room_id": 1, "check_in": "2025-03-01"}).json())


@app.post("/dict")
async def as_dict(data: dict):
    return data


print("dict annotation accepts anything:", c.post("/dict", json={"room_id": "not a number"}).json(),
      "| schema:", c.get("/openapi.json").json()["paths"]["/dict"]["post"]["requestBody"]["content"]["application/json"]["schema"])
print("OK json-body-with-basemodel")
