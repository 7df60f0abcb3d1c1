# enum-and-literal-parameters: the file's endpoint; member inside the function, 422 shapes for enum and
# Literal, case sensitivity, the OpenAPI schema, and the str mix-in claims.
from enum import Enum

from fastapi import FastAPI
from fastapi.testclient import TestClient

app = FastAPI()
seen = {}

# --- the file's code ---
from enum import Enum
from typing import Literal

class ReportKind(str, Enum):
    sales = "sales"
    stock = "stock"
    refunds = "refunds"

@app.get("/reports/{kind}")
async def get_report(
    kind: ReportKind,
    sort: Literal["newest", "oldest", "popular"] = "newest",
):
    if kind is ReportKind.refunds:
        ...                              # compare with members
    return {"kind": kind.value, "sort": sort}
# -----------------------


@app.get("/probe/{kind}")
async def probe(kind: ReportKind, sort: Literal["newest", "oldest", "popular"] = "newest"):
    seen.update(kind=kind, sort=sort)
    return {"member": kind}            # returning a member


c = TestClient(app)
r = c.get("/reports/refunds", params={"sort": "oldest"})
print(r.status_code, r.json())
assert r.json() == {"kind": "refunds", "sort": "oldest"}
print("probe:", c.get("/probe/stock").json(), "| inside:", repr(seen["kind"]), type(seen["sort"]).__name__)
assert seen["kind"] is ReportKind.stock and type(seen["sort"]) is str
assert c.get("/probe/stock").json() == {"member": "stock"}

for url in ("/reports/payroll", "/reports/Sales", "/reports/sales?sort=best"):
    e = c.get(url).json()["detail"][0]
    print(url, "->", c.get(url).status_code, e["type"], e["loc"], e["msg"])
e = c.get("/reports/payroll").json()["detail"][0]
assert e["type"] == "enum" and e["msg"] == "Input should be 'sales', 'stock' or 'refunds'"
assert c.get("/reports/Sales").status_code == 422
assert c.get("/reports/sales?sort=best").json()["detail"][0]["type"] == "literal_error"

op = c.get("/openapi.json").json()
print("ReportKind schema:", op["components"]["schemas"]["ReportKind"])
print("sort schema:", op["paths"]["/reports/{kind}"]["get"]["parameters"][1]["schema"])
assert op["components"]["schemas"]["ReportKind"]["type"] == "string"

# Pydantic 2 types an all-string enum as string even without the str mix-in
from pydantic import TypeAdapter


class Plain(Enum):
    a = "a"
    b = "b"


print("plain Enum schema:", TypeAdapter(Plain).json_schema())
assert TypeAdapter(Plain).json_schema()["type"] == "string"
print("str mix-in member == text:", ReportKind.sales == "sales", "| plain:", Plain.a == "a")
assert ReportKind.sales == "sales" and Plain.a != "a"
print("OK enum-and-literal-parameters")
