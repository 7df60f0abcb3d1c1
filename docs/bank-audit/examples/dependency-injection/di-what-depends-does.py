# di-what-depends-does: the model answer's pagination dependency with stub stores; validation, OpenAPI, threadpool,
# overrides, and the Depends(pagination()) mistake.
import threading

from fastapi.testclient import TestClient


class Store:  # stub for orders / invoices
    def __init__(self, name):
        self.name = name

    async def list(self, offset, limit):
        return {"store": self.name, "offset": offset, "limit": limit}


orders, invoices = Store("orders"), Store("invoices")

# --- the model answer's code ---
from typing import Annotated
from fastapi import Depends, FastAPI, Query

app = FastAPI()

def pagination(
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, int]:
    return {"offset": offset, "limit": limit}

Page = Annotated[dict[str, int], Depends(pagination)]

@app.get("/orders")
async def list_orders(page: Page):
    return await orders.list(**page)

@app.get("/invoices")
async def list_invoices(page: Page):
    return await invoices.list(**page)
# --- end ---

client = TestClient(app)
r = client.get("/orders", params={"offset": 40, "limit": 10})
print("/orders:", r.json())
assert r.json() == {"store": "orders", "offset": 40, "limit": 10}
r = client.get("/invoices")
print("/invoices defaults:", r.json())
assert r.json() == {"store": "invoices", "offset": 0, "limit": 20}
r = client.get("/invoices", params={"limit": 500})
print("limit=500:", r.status_code, r.json()["detail"][0]["msg"])
assert r.status_code == 422
for path in ("/orders", "/invoices"):
    ps = {p["name"]: p["schema"] for p in app.openapi()["paths"][path]["get"]["parameters"]}
    print(path, "documents", ps)
    assert ps["limit"]["maximum"] == 100 and ps["offset"]["minimum"] == 0

# a plain def dependency runs in a worker thread, not on the event loop's thread
import asyncio
def which_thread():
    return threading.get_ident()
@app.get("/where2")
async def where2(tid: Annotated[int, Depends(which_thread)]):
    return {"dep_in_other_thread": tid != threading.get_ident()}
print("/where2:", client.get("/where2").json())
assert client.get("/where2").json() == {"dep_in_other_thread": True}

# overrides
app.dependency_overrides[pagination] = lambda: {"offset": 0, "limit": 1}
assert client.get("/orders", params={"limit": 50}).json()["limit"] == 1
app.dependency_overrides.clear()

# the pitfall: Depends(pagination()) hands FastAPI a dict, refused when the route is declared
try:
    @app.get("/broken")
    async def broken(page: Annotated[dict, Depends(pagination())]):
        return page
    raise AssertionError("expected a TypeError")
except TypeError as exc:
    print("Depends(pagination()) at declaration:", type(exc).__name__, exc)

# calling the endpoint directly: nothing is injected
try:
    asyncio.run(list_orders())
    raise AssertionError("expected a TypeError")
except TypeError as exc:
    print("direct call:", exc)
print("OK di-what-depends-does")
