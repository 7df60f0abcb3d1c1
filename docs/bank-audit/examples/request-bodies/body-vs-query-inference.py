# body-vs-query-inference: the three bug reports rebuilt (the file gives no code for them: OrderIn, Coupon and
# the endpoints are written from the descriptions), each fix, and the inference rules the answer lists.
from dataclasses import dataclass
from typing import Annotated
from uuid import UUID

from fastapi import BackgroundTasks, Body, FastAPI, Query, Request, Response
from fastapi.testclient import TestClient
from pydantic import BaseModel


class OrderIn(BaseModel):
    sku: str


class Coupon(BaseModel):
    code: str


app = FastAPI()


@app.post("/orders")                       # bug 1
async def create_order(order: OrderIn, notify: bool = False):
    return {"notify": notify}


@app.get("/reports")                       # bug 2
async def reports(regions: list[str]):
    return regions


@app.post("/orders-with-coupon")           # bug 3
async def create_order2(order: OrderIn, coupon: Coupon):
    return {}


c = TestClient(app)
r = c.post("/orders", json={"sku": "A", "notify": True})
print("1. notify in the JSON:", r.json(), "| as ?notify=true:", c.post("/orders?notify=true", json={"sku": "A"}).json())
assert r.json() == {"notify": False}
op = c.get("/openapi.json").json()["paths"]
print("2. GET /reports has requestBody:", "requestBody" in op["/reports"]["get"], "| ?regions=eu ->",
      c.get("/reports?regions=eu").status_code, c.get("/reports?regions=eu").json()["detail"][0])
assert "requestBody" in op["/reports"]["get"] and c.get("/reports?regions=eu").json()["detail"][0]["loc"] == ["body"]
r = c.post("/orders-with-coupon", json={"sku": "A"})
print("3. old flat body with two body params:", r.status_code, [(e["type"], e["loc"]) for e in r.json()["detail"]])
assert ("missing", ["body", "order"]) in [(e["type"], e["loc"]) for e in r.json()["detail"]]

fix = FastAPI()


class OrderIn2(BaseModel):
    sku: str
    notify: bool = False
    coupon: Coupon | None = None


@fix.post("/orders")
async def fixed_order(order: OrderIn2):
    return order


@fix.post("/orders-body-flag")
async def body_flag(order: OrderIn, notify: Annotated[bool, Body()] = False):
    return {"notify": notify}


@fix.get("/reports")
async def fixed_reports(regions: Annotated[list[str], Query()] = []):
    return regions


fc = TestClient(fix)
print("fix 1/3, fields in the model:", fc.post("/orders", json={"sku": "A", "notify": True}).json())
r = fc.post("/orders-body-flag", json={"sku": "A", "notify": True})
print("fix 1 with Body(): flat body ->", r.status_code, "| wrapped ->",
      fc.post("/orders-body-flag", json={"order": {"sku": "A"}, "notify": True}).json())
assert r.status_code == 422
print("fix 2:", fc.get("/reports?regions=eu&regions=us").json())
assert fc.get("/reports?regions=eu&regions=us").json() == ["eu", "us"]

# the rules
rules = FastAPI()


@dataclass
class DC:
    a: int


@rules.post("/rules/{pid}")
async def many(pid: int, request: Request, response: Response, bg: BackgroundTasks,
               u: UUID | None = None, n: int | str | None = None, s: set[str] | None = None,
               d: dict[str, int] | None = None, dc: DC | None = None):
    return {}


op = TestClient(rules).get("/openapi.json").json()
params = [(p["name"], p["in"]) for p in op["paths"]["/rules/{pid}"]["post"]["parameters"]]
body = list(op["components"]["schemas"]["Body_many_rules__pid__post"]["properties"])
print("parameters:", params, "| body keys:", body)
assert params == [("pid", "path"), ("u", "query"), ("n", "query")] and body == ["s", "d", "dc"]

for marker in ("Query()", "Body()"):
    try:
        bad = FastAPI()
        m = eval(marker)

        @bad.get("/x/{item_id}")
        async def x(item_id: Annotated[int, m]): ...
        print(f"{marker} on a path name: accepted")
    except AssertionError as e:
        print(f"{marker} on a path name:", type(e).__name__, e)
print("OK body-vs-query-inference")
