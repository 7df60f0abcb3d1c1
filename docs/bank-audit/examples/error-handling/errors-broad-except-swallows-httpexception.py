# errors-broad-except-swallows-httpexception: the question's endpoint with a fake async session, then both fixes.
import logging
from typing import Annotated

import starlette.exceptions
from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError, SQLAlchemyError

records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)


logger = logging.getLogger("orders")
logger.addHandler(Keep())


class Order(dict):
    pass


class FakeSession:
    down = False

    async def get(self, model, ident):
        if FakeSession.down:
            raise OperationalError("SELECT", {}, Exception("connection refused"))
        return Order(id=1) if ident == 1 else None


async def get_session():
    yield FakeSession()


SessionDep = Annotated[FakeSession, Depends(get_session)]
buggy = FastAPI()
app = buggy

# --- the question's code ---
@app.get("/orders/{order_id}")
async def read_order(order_id: int, session: SessionDep):
    try:
        order = await session.get(Order, order_id)
        if order is None:
            raise HTTPException(status_code=404, detail="Order not found")
        return order
    except Exception:
        logger.exception("failed to load order %s", order_id)
        raise HTTPException(status_code=500, detail="Internal error")
# --- end ---

print("HTTPException MRO:", [k.__module__ + "." + k.__name__ for k in HTTPException.__mro__])
assert issubclass(HTTPException, starlette.exceptions.HTTPException) and issubclass(HTTPException, Exception)
c = TestClient(buggy)
assert c.get("/orders/1").json() == {"id": 1}
r = c.get("/orders/2")
print("buggy, missing order:", r.status_code, r.json(), "| logged:", records[-1].getMessage(),
      "with traceback of", type(records[-1].exc_info[1]).__name__, records[-1].exc_info[1].status_code)
assert r.status_code == 500 and r.json() == {"detail": "Internal error"}
assert isinstance(records[-1].exc_info[1], HTTPException) and records[-1].exc_info[1].status_code == 404

fixed = FastAPI()
app = fixed

# --- the model answer's fix ---
@app.get("/orders/{order_id}")
async def read_order(order_id: int, session: SessionDep):
    try:
        order = await session.get(Order, order_id)
    except SQLAlchemyError:                       # only what the call can raise
        logger.exception("failed to load order %s", order_id)
        raise HTTPException(status_code=503, detail="Database unavailable")
    if order is None:                             # outside the try
        raise HTTPException(status_code=404, detail="Order not found")
    return order
# --- end ---

records.clear()
c = TestClient(fixed)
r = c.get("/orders/2")
print("fixed, missing order:", r.status_code, r.json(), "| log records:", len(records))
assert r.status_code == 404 and records == []
FakeSession.down = True
r = c.get("/orders/1")
print("fixed, database down:", r.status_code, r.json(), "| logged:", records[-1].getMessage())
assert r.status_code == 503
FakeSession.down = False

# the other fix: let HTTPException pass through a wide try
alt = FastAPI()


@alt.get("/orders/{order_id}")
async def read_order_alt(order_id: int, session: SessionDep):
    try:
        order = await session.get(Order, order_id)
        if order is None:
            raise HTTPException(status_code=404, detail="Order not found")
        return order
    except HTTPException:
        raise
    except Exception:
        logger.exception("failed to load order %s", order_id)
        raise HTTPException(status_code=500, detail="Internal error")


records.clear()
r = TestClient(alt).get("/orders/2")
print("except HTTPException: raise ->", r.status_code, r.json())
assert r.status_code == 404 and records == []

# letting an unexpected error propagate: a generic 500 from Starlette's error middleware
crash = FastAPI()


@crash.get("/boom")
async def boom():
    raise RuntimeError("unexpected")


r = TestClient(crash, raise_server_exceptions=False).get("/boom")
print("propagated:", r.status_code, r.headers["content-type"], r.text)
assert r.status_code == 500 and r.text == "Internal Server Error"
print("OK errors-broad-except-swallows-httpexception")
