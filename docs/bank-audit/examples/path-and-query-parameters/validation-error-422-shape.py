# validation-error-422-shape: an endpoint that matches the question's parameters (the file shows only the
# response), the partner's request, and a comparison with the JSON in the question; then the server-side
# suggestions: {shop_id:int} gives 404, a BeforeValidator lower-cases status, a handler keeps type/loc.
import json
from enum import Enum
from typing import Annotated

from fastapi import FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BeforeValidator

QUESTION_JSON = json.loads("""
{"detail": [
  {"type": "int_parsing", "loc": ["path", "shop_id"],
   "msg": "Input should be a valid integer, unable to parse string as an integer", "input": "abc"},
  {"type": "enum", "loc": ["query", "status"],
   "msg": "Input should be 'paid', 'open' or 'cancelled'", "input": "Paid",
   "ctx": {"expected": "'paid', 'open' or 'cancelled'"}},
  {"type": "greater_than_equal", "loc": ["query", "limit"],
   "msg": "Input should be greater than or equal to 1", "input": "0", "ctx": {"ge": 1}},
  {"type": "less_than_equal", "loc": ["query", "per-page"],
   "msg": "Input should be less than or equal to 100", "input": "500", "ctx": {"le": 100}}
]}
""")


class Status(str, Enum):
    paid = "paid"
    open = "open"
    cancelled = "cancelled"


app = FastAPI()


@app.get("/shops/{shop_id}/orders")
async def orders(shop_id: int, status: Status | None = None,
                 limit: Annotated[int, Query(ge=1)] = 20,
                 per_page: Annotated[int, Query(alias="per-page", le=100)] = 20):
    return {}


c = TestClient(app)
r = c.get("/shops/abc/orders?status=Paid&limit=0&per-page=500")
print(r.status_code)
for e in r.json()["detail"]:
    print("  ", e)
assert r.status_code == 422
assert r.json() == QUESTION_JSON, "differs from the question's JSON"
print("identical to the question's JSON")

# 3. {shop_id:int}: a non-numeric id no longer matches, 404
b = FastAPI()


@b.get("/shops/{shop_id:int}/orders")
async def orders_int(shop_id: int):
    return {}


print("{shop_id:int} with abc ->", TestClient(b).get("/shops/abc/orders").status_code)
assert TestClient(b).get("/shops/abc/orders").status_code == 404

# 2. normalise case deliberately with a BeforeValidator
LowerStatus = Annotated[Status, BeforeValidator(lambda v: v.lower() if isinstance(v, str) else v)]
d = FastAPI()


@d.get("/orders")
async def norm(status: LowerStatus):
    return {"status": status}


print("BeforeValidator lower-casing, status=Paid ->", TestClient(d).get("/orders?status=Paid").json())
assert TestClient(d).get("/orders?status=Paid").json() == {"status": "paid"}

# 4. a company envelope that keeps type, source and field, and drops input
e_app = FastAPI()


@e_app.exception_handler(RequestValidationError)
async def envelope(request: Request, exc: RequestValidationError):
    return JSONResponse(status_code=422, content={"error": "invalid_request", "fields": [
        {"code": e["type"], "source": e["loc"][0], "field": ".".join(map(str, e["loc"][1:])), "message": e["msg"]}
        for e in exc.errors()]})


e_app.get("/shops/{shop_id}/orders")(orders)
r = TestClient(e_app).get("/shops/abc/orders?status=Paid&limit=0&per-page=500")
print("envelope:", r.json()["fields"][3])
assert [f["code"] for f in r.json()["fields"]] == [e["type"] for e in QUESTION_JSON["detail"]]
op = c.get("/openapi.json").json()["paths"]["/shops/{shop_id}/orders"]["get"]
print("422 documented in OpenAPI:", "422" in op["responses"], {p["name"]: p["schema"] for p in op["parameters"]}["per-page"])
print("OK validation-error-422-shape")
