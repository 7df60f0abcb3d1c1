# pagination-parameters-design: the file's sketch with OrderStatus, OrderOut and the repository stubbed; the
# repository runs the answer's keyset query on SQLite (limit + 1 rows), and the script pages through it.
import base64
import json
import sqlite3
from enum import Enum
from typing import Annotated, Generic, Literal, TypeVar

from fastapi import APIRouter, Depends, FastAPI, Query
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class OrderStatus(str, Enum):
    open = "open"
    paid = "paid"


class OrderOut(BaseModel):
    id: int
    created_at: str
    status: OrderStatus


db = sqlite3.connect(":memory:", check_same_thread=False)
db.execute("create table orders (id integer primary key, created_at text, status text)")
db.executemany("insert into orders values (?, ?, ?)",
               [(i, f"2026-12-0{1 + i // 3}", "paid" if i % 2 else "open") for i in range(1, 11)])


class Repo:
    async def page(self, params):
        sql, args = "select id, created_at, status from orders", []
        where = []
        if params.cursor:
            t, last_id = json.loads(base64.urlsafe_b64decode(params.cursor))
            where.append("(created_at, id) < (?, ?)")
            args += [t, last_id]
        if params.status:
            where.append("status in (%s)" % ",".join("?" * len(params.status)))
            args += [s.value for s in params.status]
        if where:
            sql += " where " + " and ".join(where)
        sql += " order by created_at desc, id desc limit ?"          # only the -created_at sort, for brevity
        args.append(params.limit + 1)
        rows = db.execute(sql, args).fetchall()
        items = [dict(id=r[0], created_at=r[1], status=r[2]) for r in rows[:params.limit]]
        nxt = None
        if len(rows) > params.limit:
            last = items[-1]
            nxt = base64.urlsafe_b64encode(json.dumps([last["created_at"], last["id"]]).encode()).decode()
        return {"items": items, "next_cursor": nxt}


def get_orders_repo():
    return Repo()


OrdersRepo = Annotated[Repo, Depends(get_orders_repo)]
router = APIRouter()

# --- the file's code ---
class OrderPageParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    limit: int = Field(20, ge=1, le=100)
    cursor: str | None = None
    sort: Literal["created_at", "-created_at"] = "-created_at"
    status: list[OrderStatus] = []

class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None

@router.get("/orders", response_model=Page[OrderOut])
async def list_orders(
    params: Annotated[OrderPageParams, Query()],
    repo: OrdersRepo,                      # Annotated[Repo, Depends(get_orders_repo)]
):
    return await repo.page(params)
# -----------------------

app = FastAPI()
app.include_router(router)
c = TestClient(app)

seen, cursor, pages = [], None, 0
while True:
    r = c.get("/orders", params={"limit": 4, **({"cursor": cursor} if cursor else {})})
    assert r.status_code == 200, r.text
    body = r.json()
    pages += 1
    print(f"page {pages}:", [o["id"] for o in body["items"]], "next:", body["next_cursor"])
    seen += [o["id"] for o in body["items"]]
    cursor = body["next_cursor"]
    if cursor is None:
        break
assert sorted(seen) == list(range(1, 11)) and len(seen) == 10 and pages == 3

r = c.get("/orders", params=[("status", "paid"), ("status", "open"), ("limit", 100)])
print("status=paid&status=open:", len(r.json()["items"]))
assert len(r.json()["items"]) == 10
for bad in ({"limt": 10}, {"limit": 101}, {"sort": "id"}, {"status": "lost"}):
    r = c.get("/orders", params=bad)
    print(bad, "->", r.status_code, [(e["type"], e["loc"]) for e in r.json()["detail"]])
    assert r.status_code == 422
assert c.get("/orders", params={"limt": 10}).json()["detail"][0]["type"] == "extra_forbidden"

op = c.get("/openapi.json").json()
params = {p["name"]: p["schema"] for p in op["paths"]["/orders"]["get"]["parameters"]}
print("OpenAPI limit:", params["limit"], "| schema names:", sorted(op["components"]["schemas"]))
assert params["limit"]["maximum"] == 100

r = TestClient(app, raise_server_exceptions=False).get("/orders", params={"cursor": "garbage"})
print("undecodable cursor with this naive stub decoder ->", r.status_code, "(the answer's pitfall: make it 400/422)")
assert r.status_code == 500
print("OK pagination-parameters-design")
