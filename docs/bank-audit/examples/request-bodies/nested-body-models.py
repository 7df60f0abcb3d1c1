# nested-body-models: the file's models and endpoint (its body `...`; a twin returns typed values); error
# location in the second line, $ref reuse, per-instance mutable default, container types, list bounds.
from fastapi import FastAPI
from fastapi.testclient import TestClient

app = FastAPI()

# --- the file's code ---
from pydantic import BaseModel, Field

class Address(BaseModel):
    street: str
    city: str
    postcode: str
    country: str = Field(min_length=2, max_length=2)   # ISO code

class OrderLine(BaseModel):
    product_id: int
    quantity: int = Field(gt=0)
    attributes: dict[str, str] = {}                    # safe in Pydantic

class OrderIn(BaseModel):
    customer_email: str
    shipping: Address
    billing: Address | None = None
    lines: list[OrderLine] = Field(min_length=1, max_length=100)

@app.post("/orders")
async def create_order(order: OrderIn):
    first_city = order.shipping.city        # typed attribute access all the way down
    ...
# -----------------------


@app.post("/probe")
async def probe(order: OrderIn):
    return {"city": order.shipping.city, "pid_type": type(order.lines[0].product_id).__name__,
            "line_type": type(order.lines[0]).__name__}


c = TestClient(app)
addr = {"street": "1 Main", "city": "Berlin", "postcode": "10115", "country": "DE"}
order = {"customer_email": "a@b.c", "shipping": addr, "lines": [{"product_id": "7", "quantity": 1}, {"product_id": 8, "quantity": 2}]}
print("valid:", c.post("/orders", json=order).status_code, c.post("/probe", json=order).json())
assert c.post("/probe", json=order).json() == {"city": "Berlin", "pid_type": "int", "line_type": "OrderLine"}
bad = {**order, "lines": [{"product_id": 7, "quantity": 1}, {"product_id": 8, "quantity": 0}]}
r = c.post("/orders", json=bad)
print("bad second line:", r.json()["detail"][0]["type"], r.json()["detail"][0]["loc"])
assert r.json()["detail"][0]["loc"] == ["body", "lines", 1, "quantity"]
for lines, label in (([], "0 lines"), ([{"product_id": 1, "quantity": 1}] * 101, "101 lines")):
    r = c.post("/orders", json={**order, "lines": lines})
    print(label, "->", r.status_code, r.json()["detail"][0]["type"])
    assert r.status_code == 422
s = c.get("/openapi.json").json()["components"]["schemas"]["OrderIn"]["properties"]
print("shipping:", s["shipping"], "| billing:", s["billing"])
assert s["shipping"] == {"$ref": "#/components/schemas/Address"} and {"$ref": "#/components/schemas/Address"} in s["billing"]["anyOf"]

a, b = OrderLine(product_id=1, quantity=1), OrderLine(product_id=2, quantity=1)
a.attributes["colour"] = "red"
print("mutable default per instance: a", a.attributes, "b", b.attributes)
assert b.attributes == {}


class Containers(BaseModel):
    tags: set[str]
    point: tuple[float, float]
    weights: dict[int, float]


m = Containers.model_validate_json('{"tags": ["a", "a", "b"], "point": [1, 2], "weights": {"1": 0.5}}')
print("containers:", m)
assert m.tags == {"a", "b"} and m.weights == {1: 0.5}
print("OK nested-body-models")
