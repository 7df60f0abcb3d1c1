# type-hints-drive-fastapi: the file's endpoint with User, get_current_user and InvoiceOut stubbed; signature
# read once at registration, validation at the HTTP boundary only, the return annotation as response model,
# response_model=None for a Response union, unannotated and Optional-without-default parameters.
import inspect as _inspect

import fastapi.dependencies.utils as du
from fastapi import FastAPI, Response
from fastapi.exceptions import FastAPIError, ResponseValidationError
from fastapi.testclient import TestClient
from pydantic import BaseModel

sig_calls = []
_orig = du.get_typed_signature


def counting(call):
    sig_calls.append(getattr(call, "__name__", call))
    return _orig(call)


du.get_typed_signature = counting

app = FastAPI()


class User(BaseModel):
    name: str


def get_current_user() -> User:
    return User(name="ann")


class InvoiceOut(BaseModel):
    id: int
    total: float

# --- the file's code ---
from typing import Annotated
from fastapi import Depends, Query

CurrentUser = Annotated[User, Depends(get_current_user)]

@app.get("/invoices")
async def list_invoices(
    user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> list[InvoiceOut]:
    ...
# -----------------------


@app.get("/invoices2")                      # same signature, a real body, rows with an extra field
async def list_invoices2(
    user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> list[InvoiceOut]:
    return [{"id": i, "total": 9.5, "internal_note": "x"} for i in range(min(limit, 2))]


print("signatures read at registration:", sig_calls)
assert "list_invoices" in sig_calls and "get_current_user" in sig_calls
sig_calls.clear()

c = TestClient(app, raise_server_exceptions=True)
r = c.get("/invoices2", params={"limit": "2"})
print("GET /invoices2?limit=2", r.status_code, r.json())
assert r.json() == [{"id": 0, "total": 9.5}, {"id": 1, "total": 9.5}]        # filtered by the return type
for bad in ("0", "101", "abc"):
    r = c.get("/invoices2", params={"limit": bad})
    print(f"limit={bad}", r.status_code, r.json()["detail"][0]["type"])
    assert r.status_code == 422
print("signatures read while serving requests:", sig_calls)
assert sig_calls == []

try:
    c.get("/invoices")                       # the file's body `...` returns None, which is not a list
except ResponseValidationError as e:
    print("file's stub body -> ResponseValidationError:", e.errors()[0]["type"])

params = c.get("/openapi.json").json()["paths"]["/invoices"]["get"]
print("OpenAPI limit:", params["parameters"][0]["schema"], "200 schema:",
      params["responses"]["200"]["content"]["application/json"]["schema"])
assert params["parameters"][0]["schema"]["maximum"] == 100

import asyncio
print("direct call, limit=10_000:", asyncio.run(list_invoices2(User(name="x"), limit=10_000))[:1], "... (no validation)")

# Annotated keeps a real default; the old style leaves a Query object as the default
def new_style(limit: Annotated[int, Query(ge=1)] = 20): return limit
def old_style(limit: int = Query(20, ge=1)): return limit
print("direct call new style:", new_style(), "| old style:", type(old_style()).__name__)
assert new_style() == 20 and type(old_style()).__name__ == "Query"

try:
    @app.get("/either")
    async def either() -> Response | dict:
        return {}
    raise AssertionError("accepted")
except FastAPIError as e:
    print("Response | dict without response_model=None:", str(e).splitlines()[0][:90])


@app.get("/either2", response_model=None)
async def either2() -> Response | dict:
    return {"ok": True}


@app.get("/untyped")
async def untyped(n, m: int | None):
    return {"n": n, "type": type(n).__name__}


print("/either2", c.get("/either2").json())
r = c.get("/untyped", params={"n": "5", "m": "1"})
print("untyped n=5:", r.json())
assert r.json() == {"n": "5", "type": "str"}
r = c.get("/untyped", params={"n": "5"})
print("m: int | None with no default, not sent:", r.status_code, r.json()["detail"][0]["type"])
assert r.status_code == 422 and r.json()["detail"][0]["type"] == "missing"
print("OK type-hints-drive-fastapi")
