"""testing-mocking-outbound-http-calls: the file's endpoint, fake_rates helper and two tests, plus the failure
cases it lists (a 500 from the provider, a body without `rate`)."""
from contextlib import asynccontextmanager
from typing import Annotated

import httpx
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.testclient import TestClient


@asynccontextmanager
async def lifespan(app):
    async with httpx.AsyncClient(base_url="https://rates.example") as c:   # never used in the tests
        app.state.rates_client = c
        yield

app = FastAPI(lifespan=lifespan)

# --- the file's code ---------------------------------------------------------------------------
# app: the client is created in the lifespan and handed out by a dependency
async def get_rates_client(request: Request) -> httpx.AsyncClient:
    return request.app.state.rates_client

@app.get("/prices/{sku}")
async def price(sku: str, http: Annotated[httpx.AsyncClient, Depends(get_rates_client)]):
    try:
        r = await http.get("/rates/EUR", timeout=2)
        r.raise_for_status()
    except httpx.HTTPError:
        raise HTTPException(502, "Rate service unavailable")
    return {"sku": sku, "eur": r.json()["rate"] * 10}

# tests
def fake_rates(handler):
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url="https://rates.test")
    app.dependency_overrides[get_rates_client] = lambda: client

def test_price_uses_rate(client):
    fake_rates(lambda req: httpx.Response(200, json={"rate": 2.5}))
    assert client.get("/prices/A1").json() == {"sku": "A1", "eur": 25.0}

def test_rate_service_down(client):
    def boom(req):
        raise httpx.ConnectTimeout("timed out", request=req)
    fake_rates(boom)
    assert client.get("/prices/A1").status_code == 502
# -----------------------------------------------------------------------------------------------

for test in (test_price_uses_rate, test_rate_service_down):
    with TestClient(app) as client:            # the `client` fixture
        test(client)
    app.dependency_overrides.clear()
    print("passed:", test.__name__)

seen = []
def recording(req: httpx.Request):
    seen.append(str(req.url))
    return httpx.Response(200, json={"rate": 2.0})

with TestClient(app) as client:
    fake_rates(recording)
    client.get("/prices/B2")
    print("the handler sees what the app sent:", seen)
    assert seen == ["https://rates.test/rates/EUR"]

    fake_rates(lambda req: httpx.Response(500))
    print("provider answers 500 ->", client.get("/prices/A1").status_code)

    fake_rates(lambda req: httpx.Response(200, json={"price": 1}))
    try:
        client.get("/prices/A1")
    except KeyError as e:
        print("body without 'rate' -> unhandled KeyError", e, "(a 500 of our own)")
    r = TestClient(app, raise_server_exceptions=False).get("/prices/A1")
    print("  as a client sees it ->", r.status_code)
    assert r.status_code == 500
app.dependency_overrides.clear()
print("OK testing-mocking-outbound-http-calls")
