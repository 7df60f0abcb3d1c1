"""structure-api-versioning-design: the file's include_router set-up with a v1 sunset dependency, stand-in v1/v2
order routers and a shared catalogue router."""
import warnings

from fastapi import APIRouter, HTTPException
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient


class v1_orders:
    router = APIRouter(tags=["orders"])


class v2_orders:
    router = APIRouter(tags=["orders"])


class catalogue:
    router = APIRouter(tags=["catalogue"])


@v1_orders.router.get("/orders/{oid}")
def get_order_v1(oid: int):
    if oid == 0:
        raise HTTPException(404, "no such order")
    return {"id": oid, "total": "10.00"}


@v1_orders.router.get("/orders/{oid}/raw")
def get_order_v1_raw(oid: int):
    return JSONResponse({"id": oid})          # a Response the handler builds itself


@v2_orders.router.get("/orders/{oid}")
def get_order_v2(oid: int):
    return {"id": oid, "total": {"amount": 1000, "currency": "EUR"}}


@catalogue.router.get("/products")
def list_products():
    return []

# --- the file's code ---------------------------------------------------------------------------
from fastapi import Depends, FastAPI, Response

async def sunset_headers(response: Response):
    response.headers["Sunset"] = "Wed, 30 Jun 2027 00:00:00 GMT"

app = FastAPI()
app.include_router(v1_orders.router, prefix="/v1", deprecated=True,
                   dependencies=[Depends(sunset_headers)])
app.include_router(v2_orders.router, prefix="/v2")
for prefix in ("/v1", "/v2"):
    app.include_router(catalogue.router, prefix=prefix)   # same router under both prefixes
# -----------------------------------------------------------------------------------------------

c = TestClient(app)
for path in ("/v1/orders/7", "/v1/orders/7/raw", "/v1/orders/0", "/v2/orders/7", "/v1/products", "/v2/products"):
    r = c.get(path)
    print(f"GET {path:18} -> {r.status_code} Sunset: {r.headers.get('sunset')}")
assert c.get("/v1/orders/7").headers["sunset"] and "sunset" not in c.get("/v1/orders/7/raw").headers
assert "sunset" not in c.get("/v1/orders/0").headers and "sunset" not in c.get("/v2/orders/7").headers
s = app.openapi()
dep = {f"{m.upper()} {p}": op.get("deprecated", False) for p, item in s["paths"].items() for m, op in item.items()}
print("deprecated in OpenAPI:", dep)
assert dep["GET /v1/orders/{oid}"] and not dep["GET /v2/orders/{oid}"] and not dep["GET /v1/products"]
print("default operation IDs of the shared router:", [s["paths"][p]["get"]["operationId"] for p in ("/v1/products", "/v2/products")])


# a tag + name rule gives duplicates when a router is included twice
def tag_and_name(route):
    return f"{route.tags[0]}-{route.name}"

app2 = FastAPI(generate_unique_id_function=tag_and_name)
for prefix in ("/v1", "/v2"):
    app2.include_router(catalogue.router, prefix=prefix)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    ids = [op["operationId"] for item in app2.openapi()["paths"].values() for op in item.values()]
print("tag_and_name, router included twice ->", ids, [str(x.message)[:45] for x in w])
assert ids[0] == ids[1] and w

# a function per include fixes it
app3 = FastAPI()
for prefix in ("/v1", "/v2"):
    app3.include_router(catalogue.router, prefix=prefix,
                        generate_unique_id_function=lambda r, p=prefix: f"{p.strip('/')}-{r.tags[0]}-{r.name}")
print("one function per include ->", [op["operationId"] for item in app3.openapi()["paths"].values() for op in item.values()])
print("OK structure-api-versioning-design")
