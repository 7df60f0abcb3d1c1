# fastapi-versions-pinning-and-upgrades: the pyproject fragment is not Python; this checks the runnable claims:
# FastAPIDeprecationWarning is a UserWarning (so error::DeprecationWarning misses it), strict_content_type,
# and router.routes holding the included router as one object (0.137).
import warnings

from fastapi import APIRouter, FastAPI
from fastapi.exceptions import FastAPIDeprecationWarning
from fastapi.testclient import TestClient
from pydantic import BaseModel

print("FastAPIDeprecationWarning MRO:", [c.__name__ for c in FastAPIDeprecationWarning.__mro__])
assert issubclass(FastAPIDeprecationWarning, UserWarning)
assert not issubclass(FastAPIDeprecationWarning, DeprecationWarning)

# a filter of error::DeprecationWarning does not turn it into an error ...
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    warnings.filterwarnings("error", category=DeprecationWarning)
    warnings.warn("x", FastAPIDeprecationWarning)        # no exception
    print("with error::DeprecationWarning only, caught as warning:", [w.category.__name__ for w in caught])
# ... naming it does
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=FastAPIDeprecationWarning)
    try:
        warnings.warn("x", FastAPIDeprecationWarning)
        raise AssertionError("not raised")
    except FastAPIDeprecationWarning:
        print("error::fastapi.exceptions.FastAPIDeprecationWarning raises")


class Item(BaseModel):
    name: str


def make(strict):
    app = FastAPI(strict_content_type=strict) if strict is not None else FastAPI()

    @app.post("/items")
    def create(item: Item):
        return item

    return app


for strict in (None, False):
    c = TestClient(make(strict))
    r = c.post("/items", content=b'{"name": "pen"}')           # no Content-Type header
    print(f"strict_content_type={strict!r}: no content-type ->", r.status_code, r.text[:120])
    if strict is None:
        assert r.status_code == 422, r.text
    else:
        assert r.status_code == 200 and r.json() == {"name": "pen"}, r.text
    r = c.post("/items", json={"name": "pen"})
    assert r.status_code == 200

# router.routes: an included router is one entry, kept as an object (routes added later are served)
app = FastAPI()
router = APIRouter(prefix="/orders")


@router.get("/{order_id}")
def get_order(order_id: int):
    return {"order_id": order_id}


app.include_router(router)


@router.get("/late/x")
def late():
    return {"late": True}


print("app.router.routes:", [type(r).__name__ + ":" + getattr(r, "path", "") for r in app.router.routes])
assert any(type(r).__name__ == "_IncludedRouter" for r in app.router.routes)
c = TestClient(app)
print("GET /orders/late/x", c.get("/orders/late/x").json())
assert c.get("/orders/late/x").json() == {"late": True}
print("OK fastapi-versions-pinning-and-upgrades")
