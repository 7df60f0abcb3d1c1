# di-yield-dependency-swallows-httpexception: the question's buggy get_repo, then the model answer's fix.
import logging
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.exceptions import FastAPIError
from fastapi.testclient import TestClient
from pydantic import BaseModel

events = []


class Session:  # stub
    def rollback(self):
        events.append("rollback")

    def close(self):
        events.append("close")


SessionLocal = Session


class OrderOut(BaseModel):
    id: int


class OrderRepo:
    def __init__(self, session):
        self.session = session

    def get(self, order_id):
        return OrderOut(id=order_id) if order_id == 1 else None


records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)


logging.basicConfig(level=logging.WARNING, handlers=[Keep()])


def build(fixed: bool) -> FastAPI:
    app = FastAPI()
    log = logging.getLogger(__name__)
    if not fixed:
        # --- the question's code ---
        def get_repo() -> Iterator[OrderRepo]:
            session = SessionLocal()
            try:
                yield OrderRepo(session)
            except Exception as exc:
                log.warning("request failed: %s", exc)
                session.rollback()
            finally:
                session.close()
        # ---
    else:
        # --- the model answer's fix ---
        def get_repo() -> Iterator[OrderRepo]:
            session = SessionLocal()
            try:
                yield OrderRepo(session)
            except Exception:
                session.rollback()
                raise                       # bare raise: the original exception goes on to FastAPI
            finally:
                session.close()
        # ---

    @app.get("/orders/{order_id}")
    def read_order(order_id: int, repo: Annotated[OrderRepo, Depends(get_repo)]) -> OrderOut:
        order = repo.get(order_id)
        if order is None:
            raise HTTPException(status_code=404, detail="Order not found")
        return order

    @app.get("/forbidden/{order_id}")
    def forbidden(order_id: int, repo: Annotated[OrderRepo, Depends(get_repo)]):
        raise HTTPException(status_code=403, detail="Not yours")

    return app


buggy = build(fixed=False)
assert TestClient(buggy).get("/orders/1").json() == {"id": 1}
events.clear()
r = TestClient(buggy, raise_server_exceptions=False).get("/orders/2")
print("buggy, unknown order:", r.status_code, r.text, events)
assert r.status_code == 500 and r.text == "Internal Server Error" and events == ["rollback", "close"]
r = TestClient(buggy, raise_server_exceptions=False).get("/forbidden/1")
print("buggy, 403 path:", r.status_code)
assert r.status_code == 500
warning = [rec for rec in records if rec.name == __name__][0]
print("the warning:", warning.getMessage(), "| traceback kept:", warning.exc_info is not None)
assert warning.getMessage() == "request failed: 404: Order not found" and warning.exc_info is None
try:
    TestClient(buggy).get("/orders/2")
    raise AssertionError("expected FastAPIError")
except FastAPIError as exc:
    print("under TestClient:", type(exc).__name__, str(exc)[:150])
    assert "Response not awaited" in str(exc) and "bare except" in str(exc)
    assert exc.__context__ is None and exc.__cause__ is None   # the HTTPException is not attached

fixed = build(fixed=True)
events.clear()
r = TestClient(fixed).get("/orders/2")
print("fixed, unknown order:", r.status_code, r.json(), events)
assert r.status_code == 404 and r.json() == {"detail": "Order not found"} and events == ["rollback", "close"]
assert TestClient(fixed).get("/forbidden/1").status_code == 403
print("OK di-yield-dependency-swallows-httpexception")
