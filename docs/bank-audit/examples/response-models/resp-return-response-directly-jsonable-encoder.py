# resp-return-response-directly-jsonable-encoder: the file's export endpoint (ExportJob, ExportSpec and exports
# stubbed; the job carries a UUID and a datetime), both branches, what JSONResponse refuses, what
# jsonable_encoder returns, Decimal inside and outside a model, and the injected Response alternative.
from datetime import datetime, timezone
from decimal import Decimal
from uuid import UUID

from fastapi import FastAPI, Response
from fastapi.testclient import TestClient
from pydantic import BaseModel

app = FastAPI()


class ExportSpec(BaseModel):
    table: str


class ExportJob(BaseModel):
    id: UUID
    created_at: datetime
    deduplicated: bool = False


class _Exports:
    seen = set()
    async def enqueue(self, spec):
        dedup = spec.table in self.seen
        self.seen.add(spec.table)
        return ExportJob(id=UUID(int=1), created_at=datetime(2026, 3, 1, tzinfo=timezone.utc), deduplicated=dedup)

exports = _Exports()

# --- the file's code ---
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

@app.post("/exports", status_code=202, response_model=ExportJob)
async def start_export(spec: ExportSpec) -> ExportJob | JSONResponse:
    job = await exports.enqueue(spec)
    if job.deduplicated:
        return JSONResponse(
            status_code=200,
            content=jsonable_encoder(job),
            headers={"Location": f"/exports/{job.id}"},
        )
    return job
# -----------------------

c = TestClient(app)
r1 = c.post("/exports", json={"table": "orders"})
r2 = c.post("/exports", json={"table": "orders"})
print("first:", r1.status_code, r1.json(), r1.headers.get("location"))
print("again:", r2.status_code, r2.json(), r2.headers.get("location"))
assert r1.status_code == 202 and r2.status_code == 200 and r2.headers["location"] == f"/exports/{UUID(int=1)}"
resp = c.get("/openapi.json").json()["paths"]["/exports"]["post"]["responses"]
print("OpenAPI responses:", list(resp))
job = ExportJob(id=UUID(int=2), created_at=datetime(2026, 3, 1, tzinfo=timezone.utc))
for label, content in (("a model", job), ("a datetime", {"t": job.created_at}), ("a UUID", {"id": job.id})):
    try:
        JSONResponse(content=content)
        print(f"JSONResponse with {label}: accepted")
    except TypeError as e:
        print(f"JSONResponse with {label}: TypeError: {e}")
enc = jsonable_encoder(job)
print("jsonable_encoder(job):", type(enc).__name__, enc)
assert isinstance(enc, dict) and enc["id"] == str(UUID(int=2))


class Price(BaseModel):
    amount: Decimal


print("jsonable_encoder(Decimal('1.50')):", jsonable_encoder(Decimal("1.50")), "| inside a model:", jsonable_encoder(Price(amount=Decimal("1.50"))),
      "| Pydantic JSON:", Price(amount=Decimal("1.50")).model_dump_json())

b = FastAPI()


class Out(BaseModel):
    id: int


@b.get("/me")
async def me(response: Response) -> Out:
    response.set_cookie("seen", "1")
    response.headers["X-Extra"] = "y"
    return {"id": 1, "secret": "s"}


r = TestClient(b).get("/me")
print("injected Response:", r.json(), r.headers.get("set-cookie"), r.headers.get("x-extra"))
assert r.json() == {"id": 1} and r.headers["x-extra"] == "y"
print("OK resp-return-response-directly-jsonable-encoder")
