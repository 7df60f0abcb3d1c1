"""deploy-rate-limiter-design: the answer's RateLimit dependency, router and route as they stand. Redis is not
installed: app.state.redis is a stub whose pipeline(transaction=True) is an async context manager with chained
incr()/expire() and execute() returning [count, True], shaped like redis-py's asyncio pipeline (an assumption of
this stub, not a run against Redis). Stubs also: ReportIn. Checked: both limits stack on POST /reports (the
route's 10 fires first), the 11th call gets 429 with a Retry-After inside the window, another API key has its own
counters, the router-wide 100 applies to a route without its own limit, and a missing X-API-Key is refused before
any counting. Edge limits, Lua scripts and fail-open handling are not code here and are not run."""
import time
from collections import defaultdict
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel


class _Pipeline:
    def __init__(self, store):
        self.store, self.ops = store, []

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    def incr(self, key):
        self.ops.append(("incr", key))
        return self

    def expire(self, key, seconds):
        self.ops.append(("expire", key, seconds))
        return self

    async def execute(self):
        out = []
        for op in self.ops:
            if op[0] == "incr":
                self.store[op[1]] += 1
                out.append(self.store[op[1]])
            else:
                out.append(True)
        return out


class FakeRedis:
    def __init__(self):
        self.store = defaultdict(int)

    def pipeline(self, transaction=True):
        assert transaction is True
        return _Pipeline(self.store)


class ReportIn(BaseModel):
    title: str


@asynccontextmanager
async def lifespan(app):
    app.state.redis = FakeRedis()
    yield

app = FastAPI(lifespan=lifespan)

# --- the answer's code, as it stands ---
import time
from typing import Annotated
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.security import APIKeyHeader

api_key_header = APIKeyHeader(name="X-API-Key")

class RateLimit:
    def __init__(self, name: str, limit: int, window: int) -> None:
        self.name, self.limit, self.window = name, limit, window

    async def __call__(self, request: Request,
                       api_key: Annotated[str, Depends(api_key_header)]) -> None:
        bucket = int(time.time()) // self.window
        key = f"rl:{self.name}:{api_key}:{bucket}"
        async with request.app.state.redis.pipeline(transaction=True) as pipe:
            count, _ = await pipe.incr(key).expire(key, self.window).execute()
        if count > self.limit:
            retry = self.window - int(time.time()) % self.window
            raise HTTPException(429, "Too Many Requests", headers={"Retry-After": str(retry)})

router = APIRouter(dependencies=[Depends(RateLimit("all", 100, 60))])

@router.post("/reports", dependencies=[Depends(RateLimit("reports", 10, 60))])
async def create_report(report: ReportIn): ...


@router.get("/items")
async def items():
    return []


app.include_router(router)

while int(time.time()) % 60 > 56:          # keep the run inside one fixed window
    time.sleep(0.5)
with TestClient(app) as client:
    key_a = {"X-API-Key": "key-a"}
    codes = [client.post("/reports", json={"title": "t"}, headers=key_a).status_code for _ in range(11)]
    last = client.post("/reports", json={"title": "t"}, headers=key_a)
    print("POST /reports x12 with key-a:", codes + [last.status_code], "| Retry-After:", last.headers.get("retry-after"),
          "| body:", last.json())
    assert codes[:10] == [200] * 10 and codes[10] == 429 and 0 < int(last.headers["retry-after"]) <= 60
    store = client.app.state.redis.store
    print("counters:", dict(store))
    assert any(k.startswith("rl:all:key-a:") and v == 12 for k, v in store.items())      # both limits counted
    assert any(k.startswith("rl:reports:key-a:") and v == 12 for k, v in store.items())

    other = client.post("/reports", json={"title": "t"}, headers={"X-API-Key": "key-b"})
    print("key-b:", other.status_code)
    assert other.status_code == 200

    item_codes = [client.get("/items", headers={"X-API-Key": "key-c"}).status_code for _ in range(101)]
    print("GET /items x101 with key-c: first", item_codes[0], "100th", item_codes[99], "101st", item_codes[100])
    assert item_codes[:100] == [200] * 100 and item_codes[100] == 429

    before = dict(store)
    missing = client.post("/reports", json={"title": "t"})
    print("no X-API-Key:", missing.status_code, missing.json())
    assert missing.status_code in (401, 403) and dict(store) == before
print("OK deploy-rate-limiter-design")
