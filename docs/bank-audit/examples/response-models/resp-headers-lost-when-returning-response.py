# resp-headers-lost-when-returning-response: the buggy endpoint (limiter, reports and ReportOut stubbed), the
# header missing on the 202 branch, the file's fix, the raw-header copy, and the HTTPException pitfall.
import types
from typing import Literal

from fastapi.testclient import TestClient
from pydantic import BaseModel


class ReportOut(BaseModel):
    id: int
    title: str


class _Limiter:
    def __init__(self): self.n = 100
    async def hit(self, key):
        self.n -= 1
        return self.n


async def _load(rid):
    return types.SimpleNamespace(id=rid, title=f"report {rid}", is_stale=(rid == 2), secret="x")

limiter = _Limiter()
reports = types.SimpleNamespace(load=_load)

# --- the file's buggy code ---
from typing import Annotated
from fastapi import Depends, FastAPI, Response
from fastapi.responses import JSONResponse

app = FastAPI()

async def rate_limit(response: Response) -> None:
    remaining = await limiter.hit("client-key")
    response.headers["X-RateLimit-Remaining"] = str(remaining)

@app.get("/reports/{rid}", response_model=ReportOut, dependencies=[Depends(rate_limit)])
async def get_report(rid: int) -> ReportOut | JSONResponse:
    report = await reports.load(rid)
    if report.is_stale:
        return JSONResponse(status_code=202, content={"status": "rebuilding"})
    return report
# -----------------------------

c = TestClient(app)
r1, r2 = c.get("/reports/1"), c.get("/reports/2")
print("buggy fresh:", r1.status_code, r1.json(), "X-RateLimit-Remaining:", r1.headers.get("x-ratelimit-remaining"))
print("buggy stale:", r2.status_code, r2.json(), "X-RateLimit-Remaining:", r2.headers.get("x-ratelimit-remaining"))
assert r1.headers.get("x-ratelimit-remaining") and r2.status_code == 202 and "x-ratelimit-remaining" not in r2.headers
print("202 in OpenAPI (buggy):", "202" in c.get("/openapi.json").json()["paths"]["/reports/{rid}"]["get"]["responses"])

# --- the file's fix ---
app = FastAPI()

class RebuildingOut(BaseModel):
    status: Literal["rebuilding"]

@app.get(
    "/reports/{rid}",
    response_model=ReportOut | RebuildingOut,
    responses={202: {"model": RebuildingOut}},
    dependencies=[Depends(rate_limit)],
)
async def get_report(rid: int, response: Response):
    report = await reports.load(rid)
    if report.is_stale:
        response.status_code = 202
        return RebuildingOut(status="rebuilding")
    return report
# ----------------------

c = TestClient(app)
r1, r2 = c.get("/reports/1"), c.get("/reports/2")
print("fixed fresh:", r1.status_code, r1.json(), r1.headers.get("x-ratelimit-remaining"))
print("fixed stale:", r2.status_code, r2.json(), r2.headers.get("x-ratelimit-remaining"))
assert r2.status_code == 202 and r2.json() == {"status": "rebuilding"} and r2.headers.get("x-ratelimit-remaining")
assert r1.json() == {"id": 1, "title": "report 1"}
print("202 in OpenAPI (fixed):", c.get("/openapi.json").json()["paths"]["/reports/{rid}"]["get"]["responses"]["202"])

# returning a response object on purpose, copying raw headers (keeps repeated set-cookie)
from fastapi import HTTPException
from fastapi.responses import PlainTextResponse
b = FastAPI()


async def cookies(response: Response):
    response.set_cookie("a", "1")
    response.set_cookie("b", "2")
    response.headers["X-RateLimit-Remaining"] = "5"


@b.get("/file", dependencies=[Depends(cookies)])
async def file(response: Response):
    out = PlainTextResponse("bytes")
    out.headers.raw.extend(response.headers.raw)
    return out


@b.get("/limited", dependencies=[Depends(cookies)])
async def limited():
    raise HTTPException(429, "slow down")


@b.get("/limited2", dependencies=[Depends(cookies)])
async def limited2():
    raise HTTPException(429, "slow down", headers={"X-RateLimit-Remaining": "0"})


bc = TestClient(b)
r = bc.get("/file")
print("raw copy:", r.headers.get_list("set-cookie"), r.headers.get("x-ratelimit-remaining"))
assert len(r.headers.get_list("set-cookie")) == 2
r = bc.get("/limited")
print("HTTPException 429:", r.status_code, "rate header:", r.headers.get("x-ratelimit-remaining"), "cookies:", r.headers.get_list("set-cookie"))
assert "x-ratelimit-remaining" not in r.headers
print("HTTPException with headers=:", bc.get("/limited2").headers.get("x-ratelimit-remaining"))
print("OK resp-headers-lost-when-returning-response")
