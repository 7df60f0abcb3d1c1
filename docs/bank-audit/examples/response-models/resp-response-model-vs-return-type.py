# resp-response-model-vs-return-type: the file's two endpoints (catalogue stubbed), filtering, ORM rows without
# from_attributes, priority of response_model, response_model=None, a Response subclass annotation, and the 500.
import types
from typing import Any

from fastapi import FastAPI, Response
from fastapi.exceptions import FastAPIError, ResponseValidationError
from fastapi.responses import PlainTextResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel

app = FastAPI()


class _Row:
    def __init__(self, **kw): self.__dict__.update(kw)


async def _load(pid):
    return _Row(id=pid, name="Pen", price_cents=150, cost_price=90)   # an ORM-like row


async def _load_row(pid):
    return {"id": pid, "name": "Pen", "price_cents": 150, "cost_price": 90}

catalogue = types.SimpleNamespace(load=_load, load_row=_load_row)

# --- the file's code ---
class ProductOut(BaseModel):
    id: int
    name: str
    price_cents: int

@app.get("/products/{pid}")
async def get_product(pid: int) -> ProductOut:
    return await catalogue.load(pid)      # a ProductOut instance

@app.get("/products/{pid}/raw", response_model=ProductOut)
async def get_product_row(pid: int) -> dict[str, Any]:
    return await catalogue.load_row(pid)  # extra keys such as cost_price are dropped
# -----------------------

c = TestClient(app)
print("annotation, ORM-like row without from_attributes:", c.get("/products/1").json())
print("response_model over -> dict:", c.get("/products/1/raw").json())
assert c.get("/products/1").json() == c.get("/products/1/raw").json() == {"id": 1, "name": "Pen", "price_cents": 150}
print("ProductOut has from_attributes:", ProductOut.model_config.get("from_attributes"))
ops = c.get("/openapi.json").json()["paths"]
for p in ("/products/{pid}", "/products/{pid}/raw"):
    print("OpenAPI", p, ops[p]["get"]["responses"]["200"]["content"]["application/json"]["schema"])


class Other(BaseModel):
    other: int


@app.get("/priority", response_model=ProductOut)
async def priority() -> Other:
    return {"id": 1, "name": "x", "price_cents": 1, "other": 5}


print("both present, response_model wins:", c.get("/priority").json())
assert c.get("/priority").json() == {"id": 1, "name": "x", "price_cents": 1}

try:
    @app.get("/union")
    async def union() -> Response | dict:
        return {}
    raise SystemExit("accepted")
except FastAPIError as e:
    print("-> Response | dict:", str(e).splitlines()[0][:70])


@app.get("/union-ok", response_model=None)
async def union_ok() -> Response | dict:
    return {"ok": 1}


@app.get("/text")
async def text() -> PlainTextResponse:
    return PlainTextResponse("hi")


print("response_model=None:", c.get("/union-ok").json(), "| -> PlainTextResponse:", c.get("/text").text)


@app.get("/broken")
async def broken() -> ProductOut:
    return {"id": "x", "name": "Pen"}


try:
    c.get("/broken")
except ResponseValidationError as e:
    print("mismatch raises ResponseValidationError:", [(x["type"], x["loc"]) for x in e.errors()])
print("client sees:", TestClient(app, raise_server_exceptions=False).get("/broken").status_code)


@app.get("/bypass", response_model=ProductOut)
async def bypass():
    from fastapi.responses import JSONResponse
    return JSONResponse({"cost_price": 90})


print("returned Response skips it all:", c.get("/bypass").json())
print("OK resp-response-model-vs-return-type")
