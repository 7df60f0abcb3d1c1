# path-operation-decorators-http-methods: the file's router (OrderIn, OrderPatch stubbed), included in an app.
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel


class OrderIn(BaseModel):
    item: str


class OrderPatch(BaseModel):
    item: str | None = None


# --- the file's code ---
from fastapi import APIRouter, status

router = APIRouter(prefix="/orders", tags=["orders"])

@router.get("/{order_id}")
async def get_order(order_id: int): ...

@router.post("", status_code=status.HTTP_201_CREATED)
async def create_order(order: OrderIn): ...

@router.patch("/{order_id}")
async def update_order(order_id: int, changes: OrderPatch): ...

@router.delete("/{order_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_order(order_id: int) -> None: ...
# -----------------------


@router.post("/no-status")          # pitfall: POST without status_code
async def post_default(order: OrderIn): ...


@router.api_route("/multi", methods=["GET", "PUT"])
async def multi(): return {"ok": True}


@router.get("/get-with-body/x")     # a GET with a body
async def get_body(order: OrderIn): return order


app = FastAPI()
app.include_router(router)
c = TestClient(app)

checks = [
    ("GET", "/orders/1", None, 200),
    ("POST", "/orders", {"item": "pen"}, 201),
    ("PATCH", "/orders/1", {"item": "ink"}, 200),
    ("DELETE", "/orders/1", None, 204),
    ("POST", "/orders/no-status", {"item": "pen"}, 200),
    ("PUT", "/orders/1", {"item": "pen"}, 405),
    ("GET", "/nothing-here", None, 404),
    ("PUT", "/orders/multi", None, 200),
]
for method, path, body, want in checks:
    r = c.request(method, path, json=body)
    print(method, path, r.status_code, repr(r.text), r.headers.get("allow", ""))
    assert r.status_code == want, (method, path, r.status_code)
r = c.request("DELETE", "/orders/1")
assert r.content == b"", "204 has an empty body"
r = c.request("PUT", "/orders/1")
# Allow names only the methods of the first route whose path matched (GET /{order_id}), not PATCH or DELETE
assert r.headers["allow"] == "GET", r.headers["allow"]
r = c.request("GET", "/orders/get-with-body/x", json={"item": "pen"})
print("GET with a JSON body:", r.status_code, r.json())
assert r.status_code == 200
ops = c.get("/openapi.json").json()["paths"]
print("openapi /orders:", {m: (o["tags"], list(o["responses"])) for m, o in ops["/orders"].items()})
assert ops["/orders"]["post"]["tags"] == ["orders"] and "201" in ops["/orders"]["post"]["responses"]
assert "204" in ops["/orders/{order_id}"]["delete"]["responses"]
print("OK path-operation-decorators-http-methods")
