# di-service-layer-wiring-design: the model answer's wiring with aiosqlite, stub service classes, and the two test
# seams it names (override get_order_service; override get_http with a mock transport).
import os
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from types import SimpleNamespace
from typing import Annotated

import httpx
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

settings = SimpleNamespace(payments_url="https://payments.invalid",
                           db_url=f"sqlite+aiosqlite:///{os.path.join(tempfile.mkdtemp(), 'x.db')}")
router = APIRouter()
seen_sessions = []


class OrderIn(BaseModel):
    amount: int


class OrderOut(BaseModel):
    id: int
    charged: int
    user: str


class OrderRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session


class PaymentsClient:
    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def charge(self, amount: int) -> int:
        r = await self.http.post("/charges", json={"amount": amount})
        return r.json()["charged"]


class OrderService:  # plain constructor arguments, nothing from FastAPI
    def __init__(self, repo: OrderRepository, payments: PaymentsClient) -> None:
        self.repo, self.payments = repo, payments

    async def place(self, user, body: OrderIn) -> OrderOut:
        seen_sessions.append(("repository", id(self.repo.session)))
        return OrderOut(id=1, charged=await self.payments.charge(body.amount), user=user)


state = {}

# --- the model answer's code ---
@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.http = httpx.AsyncClient(base_url=settings.payments_url, timeout=5)
    engine = create_async_engine(settings.db_url)
    app.state.sessions = async_sessionmaker(engine)
    yield
    await app.state.http.aclose()
    await engine.dispose()
    state["http_closed"] = app.state.http.is_closed   # added

async def get_http(request: Request) -> httpx.AsyncClient:
    return request.app.state.http

async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.sessions() as session:
        yield session

SessionDep = Annotated[AsyncSession, Depends(get_session)]
# --- (stub) get_current_user also depends on SessionDep, as the answer says ---
async def get_current_user(session: SessionDep) -> str:
    seen_sessions.append(("auth", id(session)))
    return "alice"

CurrentUser = Annotated[str, Depends(get_current_user)]
# ---

async def get_order_service(
    session: SessionDep, http: Annotated[httpx.AsyncClient, Depends(get_http)]
) -> OrderService:
    return OrderService(OrderRepository(session), PaymentsClient(http))

OrderServiceDep = Annotated[OrderService, Depends(get_order_service)]

@router.post("/orders", status_code=201)
async def place_order(body: OrderIn, orders: OrderServiceDep, user: CurrentUser) -> OrderOut:
    return await orders.place(user, body)
# --- end ---

app = FastAPI(lifespan=lifespan)
app.include_router(router)


# integration seam: a mock transport instead of the payments API
def fake_payments(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"charged": 42})


mock_http = httpx.AsyncClient(base_url="https://payments.test", transport=httpx.MockTransport(fake_payments))
app.dependency_overrides[get_http] = lambda: mock_http
with TestClient(app) as client:
    r = client.post("/orders", json={"amount": 42})
    print("integration (get_http overridden):", r.status_code, r.json(), seen_sessions)
    assert r.status_code == 201 and r.json() == {"id": 1, "charged": 42, "user": "alice"}
    assert seen_sessions[0][1] == seen_sessions[1][1]     # auth and repository got the same session
    assert app.state.http is not mock_http                 # the lifespan client exists, but was not used
print("lifespan closed the http client:", state)
assert state == {"http_closed": True}
app.dependency_overrides.clear()


# endpoint seam: a fake service, nothing else runs
class FakeService:
    async def place(self, user, body):
        return OrderOut(id=9, charged=0, user=user)


app.dependency_overrides[get_order_service] = lambda: FakeService()
with TestClient(app) as client:
    r = client.post("/orders", json={"amount": 1})
    print("endpoint test (service overridden):", r.json())
    assert r.json() == {"id": 9, "charged": 0, "user": "alice"}
app.dependency_overrides.clear()


# the services work without FastAPI, e.g. in a worker
async def worker():
    async with httpx.AsyncClient(base_url="https://p", transport=httpx.MockTransport(fake_payments)) as http:
        engine = create_async_engine(settings.db_url)
        async with async_sessionmaker(engine)() as session:
            out = await OrderService(OrderRepository(session), PaymentsClient(http)).place("cron", OrderIn(amount=5))
        await engine.dispose()
        return out

import anyio
print("worker:", anyio.run(worker))
print("OK di-service-layer-wiring-design")
