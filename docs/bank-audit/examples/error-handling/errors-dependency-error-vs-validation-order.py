# errors-dependency-error-vs-validation-order: the question's app and its three requests, then the "required header"
# twist and the APIKeyHeader variant.
from fastapi.security import APIKeyHeader
from fastapi.testclient import TestClient

# --- the question's code ---
from typing import Annotated
from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

app = FastAPI()

class OrderIn(BaseModel):
    sku: str
    quantity: int

async def require_api_key(x_api_key: Annotated[str | None, Header()] = None) -> None:
    if x_api_key != "secret":
        raise HTTPException(status_code=401, detail="Invalid API key")

@app.post("/orders", dependencies=[Depends(require_api_key)])
async def create_order(order: OrderIn, limit: int):
    return {"ok": True}
# --- end ---

c = TestClient(app)
bad_body = {"sku": "A1", "quantity": "ten"}
r1 = c.post("/orders", json=bad_body)
print("1:", r1.status_code, r1.json())
assert r1.status_code == 401 and r1.json() == {"detail": "Invalid API key"}
r2 = c.post("/orders", content=b'{"sku": "A1",', headers={"Content-Type": "application/json"})
print("2:", r2.status_code, r2.json())
assert r2.status_code == 422 and len(r2.json()["detail"]) == 1
e = r2.json()["detail"][0]
assert e["type"] == "json_invalid" and e["msg"] == "JSON decode error" and e["loc"][0] == "body" and isinstance(e["loc"][1], int)
r3 = c.post("/orders", json=bad_body, headers={"X-API-Key": "secret"})
print("3:", r3.status_code, r3.json())
assert r3.status_code == 422
assert [(d["type"], d["loc"]) for d in r3.json()["detail"]] == [("missing", ["query", "limit"]),
                                                                 ("int_parsing", ["body", "quantity"])]

# the twist: a required header makes the dependency's own input invalid, so it is skipped
called = []
app2 = FastAPI()


async def require_api_key2(x_api_key: Annotated[str, Header()]) -> None:
    called.append(x_api_key)
    if x_api_key != "secret":
        raise HTTPException(status_code=401, detail="Invalid API key")


@app2.post("/orders", dependencies=[Depends(require_api_key2)])
async def create_order2(order: OrderIn, limit: int):
    return {"ok": True}


r = TestClient(app2).post("/orders", json=bad_body)
print("twist, request 1:", r.status_code, [(d["type"], d["loc"]) for d in r.json()["detail"]], "| called:", called)
assert r.status_code == 422 and called == []
assert [d["loc"][0] for d in r.json()["detail"]] == ["header", "query", "body"]

# security classes read the header themselves and raise 401, like the optional-header version
app3 = FastAPI()


@app3.post("/orders", dependencies=[Depends(APIKeyHeader(name="X-API-Key"))])
async def create_order3(order: OrderIn, limit: int):
    return {"ok": True}


r = TestClient(app3).post("/orders", json=bad_body)
print("APIKeyHeader, request 1:", r.status_code, r.json())
assert r.status_code == 401
print("OK errors-dependency-error-vs-validation-order")
