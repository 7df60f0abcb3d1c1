# di-dependency-overrides-in-tests: the model answer's fixture and test run under pytest, then each "silent miss".
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Annotated

import pytest
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordBearer
from fastapi.testclient import TestClient

calls = []


@dataclass
class User:
    id: int
    roles: set[str] = field(default_factory=set)


oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/token")


def decode_token(token: Annotated[str, Depends(oauth2_scheme)]) -> dict:
    calls.append("decode_token")
    raise HTTPException(401, "real decoder reached")


def get_current_user(claims: Annotated[dict, Depends(decode_token)]) -> User:
    calls.append("real get_current_user")
    return User(0)


CurrentUser = Annotated[User, Depends(get_current_user)]


class RealPayments:
    def refund(self, order_id):
        raise RuntimeError("real payment API called")


def get_payment_client() -> RealPayments:
    calls.append("real get_payment_client")
    return RealPayments()


class FakePayments:
    instances = 0

    def __init__(self) -> None:
        FakePayments.instances += 1

    def refund(self, order_id):
        return {"refunded": order_id}


def require_role(role: str):
    def check(user: CurrentUser) -> User:
        if role not in user.roles:
            raise HTTPException(403, "no")
        return user
    return check


class Settings:
    def __init__(self, mode="prod"):
        self.mode = mode


@lru_cache
def get_settings() -> Settings:
    return Settings()


app = FastAPI()


@app.post("/orders/{order_id}/refund", status_code=202)
def refund(order_id: int, user: CurrentUser,
           payments: Annotated[RealPayments, Depends(get_payment_client)]):
    return payments.refund(order_id)


@app.get("/admin", dependencies=[Depends(require_role("admin"))])
def admin_page():
    return {"admin": True}


@app.get("/mode")
def mode(settings: Annotated[Settings, Depends(get_settings)]):
    return {"mode": settings.mode, "direct_call": get_settings().mode}


# --- the model answer's code ---
@pytest.fixture
def client() -> Iterator[TestClient]:
    app.dependency_overrides[get_current_user] = lambda: User(id=7, roles={"admin"})
    app.dependency_overrides[get_payment_client] = FakePayments
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()

def test_refund(client: TestClient) -> None:
    r = client.post("/orders/42/refund")
    assert r.status_code == 202
# --- end ---


def test_originals_did_not_run(client: TestClient) -> None:
    calls.clear()
    before = FakePayments.instances
    assert client.post("/orders/1/refund").json() == {"refunded": 1}
    assert client.post("/orders/2/refund").status_code == 202
    assert calls == []                               # no decoder, no real user, no real client
    assert FakePayments.instances == before + 2      # a new FakePayments per request


def test_overrides_cleared_after_fixture() -> None:
    assert app.dependency_overrides == {}


if __name__ == "__main__":
    rc = pytest.main(["-q", "-p", "no:cacheprovider", "-o", "asyncio_default_fixture_loop_scope=function", __file__])
    assert rc == 0, rc
    c = TestClient(app)
    fake_user = lambda: User(id=7, roles={"admin"})

    # wrong key: the Annotated alias
    app.dependency_overrides[CurrentUser] = fake_user
    r = c.post("/orders/42/refund")
    print("key = Annotated alias:", r.status_code, r.json())
    assert r.status_code == 401
    app.dependency_overrides.clear()

    # wrong key: a factory called again gives a new closure
    app.dependency_overrides[require_role("admin")] = fake_user
    r = c.get("/admin")
    print("key = require_role('admin') called again:", r.status_code)
    assert r.status_code == 401
    app.dependency_overrides.clear()
    # right: the shared inner dependency, or the security instance
    app.dependency_overrides[get_current_user] = fake_user
    assert c.get("/admin").status_code == 200
    app.dependency_overrides.clear()
    app.dependency_overrides[oauth2_scheme] = lambda: "token"
    r = c.get("/admin")
    assert r.status_code == 401 and r.json() == {"detail": "real decoder reached"}   # the scheme was replaced
    app.dependency_overrides.clear()

    # leak: without clear() the override stays on the module-level app
    app.dependency_overrides[get_current_user] = fake_user
    assert TestClient(app).get("/admin").status_code == 200   # a "new" client still sees it
    app.dependency_overrides.clear()

    # the replacement's own parameters are request parameters
    def fake_with_arg(tenant: str) -> User:
        return User(1, roles={"admin"})
    app.dependency_overrides[get_current_user] = fake_with_arg
    r = c.get("/admin")
    print("fake with an extra argument:", r.status_code, r.json()["detail"][0]["loc"])
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "tenant"]
    app.dependency_overrides.clear()

    # direct calls are untouched; the lru_cache settings override pattern
    app.dependency_overrides[get_settings] = lambda: Settings(mode="test")
    r = c.get("/mode")
    print("settings override:", r.json())
    assert r.json() == {"mode": "test", "direct_call": "prod"}
    app.dependency_overrides.clear()
    print("OK di-dependency-overrides-in-tests")
