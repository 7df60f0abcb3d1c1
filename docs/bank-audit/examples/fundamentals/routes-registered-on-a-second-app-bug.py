# routes-registered-on-a-second-app-bug: the buggy two-module layout, the APIRouter fix, the circular import the
# answer warns about, and the pitfalls (overrides on the wrong instance, mount, routes added after include).
import importlib
import sys
import tempfile
import textwrap
from pathlib import Path

from fastapi.testclient import TestClient

MAIN_BUG = """
# app/main.py
from fastapi import FastAPI
from app import orders            # imported so that its routes get registered

app = FastAPI(title="Shop")

@app.get("/health")
def health():
    return {"status": "ok"}
"""
ORDERS_BUG = """
# app/orders.py
from fastapi import FastAPI

app = FastAPI()

@app.get("/orders/{order_id}")
def get_order(order_id: int):
    return {"order_id": order_id}
"""
ORDERS_FIX = """
# app/orders.py
from fastapi import APIRouter

router = APIRouter(prefix="/orders", tags=["orders"])

@router.get("/{order_id}")
def get_order(order_id: int):
    return {"order_id": order_id}
"""
MAIN_FIX = """
# app/main.py
from fastapi import FastAPI
from app import orders

app = FastAPI(title="Shop")
app.include_router(orders.router)
"""
ORDERS_CIRCULAR = """
from app.main import app

@app.get("/orders/{order_id}")
def get_order(order_id: int):
    return {"order_id": order_id}
"""


def load(main_src, orders_src):
    root = Path(tempfile.mkdtemp())
    (root / "app").mkdir()
    (root / "app" / "__init__.py").write_text("")
    (root / "app" / "main.py").write_text(textwrap.dedent(main_src))
    (root / "app" / "orders.py").write_text(textwrap.dedent(orders_src))
    for m in [m for m in sys.modules if m == "app" or m.startswith("app.")]:
        del sys.modules[m]
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module("app.main")
    finally:
        sys.path.remove(str(root))


main = load(MAIN_BUG, ORDERS_BUG)
c = TestClient(main.app)
r1, r2 = c.get("/health"), c.get("/orders/1")
paths = list(c.get("/openapi.json").json()["paths"])
print("buggy: /health", r1.status_code, "/orders/1", r2.status_code, r2.json(), "docs paths", paths)
assert r1.status_code == 200 and r2.status_code == 404 and r2.json() == {"detail": "Not Found"} and paths == ["/health"]
second = sys.modules["app.orders"].app
assert TestClient(second).get("/orders/1").json() == {"order_id": 1}, "the route lives on the second app"

# pitfall: an override set on the wrong instance does nothing
from fastapi import Depends, FastAPI


def real_dep():
    return "real"


served, other = FastAPI(), FastAPI()


@served.get("/who")
def who(v: str = Depends(real_dep)):
    return {"v": v}


other.dependency_overrides[real_dep] = lambda: "fake"
print("override on the wrong app:", TestClient(served).get("/who").json())
assert TestClient(served).get("/who").json() == {"v": "real"}

main = load(MAIN_FIX, ORDERS_FIX)
c = TestClient(main.app)
r = c.get("/orders/1")
paths = list(c.get("/openapi.json").json()["paths"])
print("fixed: /orders/1", r.status_code, r.json(), "docs paths", paths)
assert r.json() == {"order_id": 1} and paths == ["/orders/{order_id}"]


@sys.modules["app.orders"].router.get("/added/later")
def later():
    return {"later": True}


print("route added after include_router:", c.get("/orders/added/later").json())
assert c.get("/orders/added/later").json() == {"later": True}

try:
    load(MAIN_BUG, ORDERS_CIRCULAR)
    raise AssertionError("no import error")
except ImportError as e:
    print("circular import:", type(e).__name__, e)
    assert "partially initialized module" in str(e)

shop = FastAPI(title="Shop")
orders_app = FastAPI()


@orders_app.get("/{order_id}")
def get_mounted(order_id: int):
    return {"order_id": order_id}


shop.mount("/orders", orders_app)
c = TestClient(shop)
print("mounted:", c.get("/orders/2").json(), "/orders/docs", c.get("/orders/docs").status_code,
      "sub-app schema paths", list(c.get("/orders/openapi.json").json()["paths"]),
      "main schema paths", list(c.get("/openapi.json").json()["paths"]))
assert c.get("/orders/docs").status_code == 200 and c.get("/openapi.json").json()["paths"] == {}
print("OK routes-registered-on-a-second-app-bug")
