# errors-request-validation-422-body: the model answer's POST /orders example, nested locs, all sources, and the
# two 500 cases (ResponseValidationError, a ValidationError from our own code).
from typing import Annotated

from fastapi import Cookie, FastAPI, Header
from fastapi.exceptions import ResponseValidationError
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field

app = FastAPI()
ran = []


class OrderIn(BaseModel):
    sku: str
    quantity: int


@app.post("/orders")
async def create_order(order: OrderIn, limit: int):
    ran.append("endpoint")
    return {"ok": True}


c = TestClient(app, raise_server_exceptions=False)
r = c.post("/orders", json={"sku": "A1", "quantity": "ten"})
import http
print(r.status_code, "| phrase a server sends (http.HTTPStatus):", http.HTTPStatus(422).phrase,
      "| httpx's own table:", r.reason_phrase, "|", r.json())
assert http.HTTPStatus(422).phrase == "Unprocessable Content"
assert r.status_code == 422 and ran == []
assert r.json() == {"detail": [
    {"type": "missing", "loc": ["query", "limit"], "msg": "Field required", "input": None},
    {"type": "int_parsing", "loc": ["body", "quantity"],
     "msg": "Input should be a valid integer, unable to parse string as an integer", "input": "ten"}]}


class Item(BaseModel):
    price: float = Field(gt=0)


class Cart(BaseModel):
    items: list[Item]
    note: str = Field(min_length=3)


@app.post("/carts/{cart_id}")
async def cart(cart_id: int, cart: Cart, x_token: Annotated[str, Header()], session: Annotated[str, Cookie()]):
    return {}


r = c.post("/carts/x", json={"items": [{"price": 1}, {"price": 2}, {"price": 0}], "note": "a"})
print("all sources:", [(e["type"], e["loc"], e.get("ctx")) for e in r.json()["detail"]])
locs = [e["loc"] for e in r.json()["detail"]]
assert ["path", "cart_id"] in locs and ["header", "x-token"] in locs and ["cookie", "session"] in locs
assert ["body", "items", 2, "price"] in locs and ["body", "note"] in locs
assert {e["type"] for e in r.json()["detail"]} >= {"missing", "int_parsing", "greater_than", "string_too_short"}
assert next(e for e in r.json()["detail"] if e["type"] == "string_too_short")["ctx"] == {"min_length": 3}


class Out(BaseModel):
    id: int


@app.get("/bad-response", response_model=Out)
async def bad_response():
    return {"id": "not-a-number"}


r = c.get("/bad-response")
print("response_model mismatch:", r.status_code, r.text)
assert r.status_code == 500
try:
    TestClient(app).get("/bad-response")
except ResponseValidationError as exc:
    print("  raised:", type(exc).__name__)


@app.get("/upstream")
async def upstream():
    return Out.model_validate({"id": "x"})      # data from another service


r = c.get("/upstream")
print("ValidationError from our code:", r.status_code, r.text)
assert r.status_code == 500
print("OK errors-request-validation-422-body")
