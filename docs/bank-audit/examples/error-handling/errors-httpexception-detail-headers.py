# errors-httpexception-detail-headers: the model answer's cancel_order with stub orders, user and limiter.
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Annotated

from fastapi import Depends
from fastapi.testclient import TestClient


@dataclass
class User:
    id: int


@dataclass
class Order:
    id: int
    customer_id: int
    shipped: bool = False
    shipped_at: datetime | None = None


def get_user() -> User:
    return User(1)


CurrentUser = Annotated[User, Depends(get_user)]


class Orders:
    data = {1: Order(1, 1), 2: Order(2, 1, True, datetime(2026, 12, 1, 9, 30, tzinfo=timezone.utc)), 3: Order(3, 99),
            4: Order(4, 1)}

    async def get(self, oid):
        return self.data.get(oid)

    async def cancel(self, order):
        return {"cancelled": order.id}


class Limiter:
    async def exceeded(self, uid):
        return LIMITED


orders, limiter, LIMITED = Orders(), Limiter(), False

# --- the model answer's code ---
from fastapi import FastAPI, HTTPException, status

app = FastAPI()

@app.post("/orders/{order_id}/cancel")
async def cancel_order(order_id: int, user: CurrentUser):
    order = await orders.get(order_id)
    if order is None or order.customer_id != user.id:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Order not found")
    if order.shipped:
        raise HTTPException(
            status_code=status.HTTP_409_CONFLICT,
            detail={"code": "already_shipped", "shipped_at": order.shipped_at.isoformat()},
        )
    if await limiter.exceeded(user.id):
        raise HTTPException(429, detail="Too many cancellations",
                            headers={"Retry-After": "60"})
    return await orders.cancel(order)
# --- end ---

c = TestClient(app)
r = c.post("/orders/1/cancel")
print("ok:", r.status_code, r.json())
assert r.json() == {"cancelled": 1}
for oid in (999, 3):
    r = c.post(f"/orders/{oid}/cancel")
    print(f"order {oid}:", r.status_code, r.json())
    assert r.status_code == 404 and r.json() == {"detail": "Order not found"}
r = c.post("/orders/2/cancel")
print("shipped:", r.status_code, r.json())
assert r.status_code == 409 and r.json() == {"detail": {"code": "already_shipped", "shipped_at": "2026-12-01T09:30:00+00:00"}}
LIMITED = True
r = c.post("/orders/4/cancel")
print("limited:", r.status_code, r.json(), "Retry-After:", r.headers.get("retry-after"))
assert r.status_code == 429 and r.headers["retry-after"] == "60"
LIMITED = False

# a list detail, raising from a helper and from a dependency
def helper():
    raise HTTPException(400, detail=["a", "b"])


def dep():
    raise HTTPException(403, detail="from a dependency")


@app.get("/helper")
async def via_helper():
    helper()


@app.get("/dep", dependencies=[Depends(dep)])
async def via_dep():
    return {}


assert c.get("/helper").json() == {"detail": ["a", "b"]} and c.get("/helper").status_code == 400
assert c.get("/dep").status_code == 403


# returning it instead of raising: not an error response
@app.get("/returned")
async def returned():
    return HTTPException(404, "Order not found")


r = TestClient(app, raise_server_exceptions=False).get("/returned")
print("returned, not raised:", r.status_code, r.text)
assert r.status_code == 200 and r.json()["status_code"] == 404   # serialised as data
print("OK errors-httpexception-detail-headers")
