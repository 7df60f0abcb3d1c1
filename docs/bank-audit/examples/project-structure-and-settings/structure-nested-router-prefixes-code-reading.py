"""structure-nested-router-prefixes-code-reading: the file's app as it stands and its four requests."""
from fastapi.testclient import TestClient

# --- the file's code ---------------------------------------------------------------------------
from typing import Annotated
from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException

async def require_token(x_token: Annotated[str, Header()]):
    if x_token != "secret":
        raise HTTPException(status_code=403, detail="Bad token")

api = APIRouter(prefix="/api", dependencies=[Depends(require_token)])
items = APIRouter(prefix="/items", tags=["items"])
api.include_router(items)

@items.get("/{item_id}")
async def read_item(item_id: int):
    return {"item_id": item_id}

app = FastAPI()
app.include_router(api, prefix="/v1")
# -----------------------------------------------------------------------------------------------

paths = app.openapi()["paths"]
print("paths:", {p: op["get"]["tags"] for p, op in paths.items()})
assert list(paths) == ["/v1/api/items/{item_id}"] and paths["/v1/api/items/{item_id}"]["get"]["tags"] == ["items"]
c = TestClient(app)
cases = [("GET /items/3", c.get("/items/3")),
         ("GET /v1/api/items/3 (no headers)", c.get("/v1/api/items/3")),
         ("GET /v1/api/items/3, X-Token: nope", c.get("/v1/api/items/3", headers={"X-Token": "nope"})),
         ("GET /v1/api/items/3, X-Token: secret", c.get("/v1/api/items/3", headers={"X-Token": "secret"}))]
for label, r in cases:
    print(f"{label:38} -> {r.status_code} {r.json()}")
assert [r.status_code for _, r in cases] == [404, 422, 403, 200]
assert cases[0][1].json() == {"detail": "Not Found"}
e = cases[1][1].json()["detail"][0]
assert e["type"] == "missing" and e["loc"] == ["header", "x-token"]
assert cases[2][1].json() == {"detail": "Bad token"} and cases[3][1].json() == {"item_id": 3}

try:
    APIRouter(prefix="/api/")
except AssertionError as ex:
    print('APIRouter(prefix="/api/") ->', ex)

# dependency order across levels
order = []
def d(name):
    def f():
        order.append(name)
    return f
outer = APIRouter(dependencies=[Depends(d("parent router (api)"))])
inner = APIRouter(dependencies=[Depends(d("declaring router (items)"))])
@inner.get("/x", dependencies=[Depends(d("decorator"))])
def x(p: Annotated[None, Depends(d("parameter"))]):
    return {}
outer.include_router(inner, dependencies=[Depends(d("include call (api.include_router)"))])
a2 = FastAPI(dependencies=[Depends(d("app"))])
a2.include_router(outer, dependencies=[Depends(d("include call (app.include_router)"))])
TestClient(a2).get("/x")
print("dependency order:", order)
print("OK structure-nested-router-prefixes-code-reading")
