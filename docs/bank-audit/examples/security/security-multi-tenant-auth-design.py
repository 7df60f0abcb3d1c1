# security-multi-tenant-auth-design: the model answer's Principal / tenant_session / router on aiosqlite (with a
# set_config() SQL function registered to stand in for PostgreSQL's), and the cross-tenant tests it asks for.
# Row-level security itself needs PostgreSQL and is not run.
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated
from uuid import UUID, uuid4

from fastapi import APIRouter, Depends, FastAPI, HTTPException
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from fastapi.testclient import TestClient
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.pool import StaticPool

engine = create_async_engine("sqlite+aiosqlite://", poolclass=StaticPool)
settings_seen = []


@event.listens_for(engine.sync_engine, "connect")
def add_set_config(dbapi_conn, _):
    def set_config(name, value, is_local):
        settings_seen.append((name, value, bool(is_local)))
        return value
    dbapi_conn.run_async(lambda conn: conn.create_function("set_config", 3, set_config))


SessionLocal = async_sessionmaker(engine)
TENANT_A, TENANT_B = uuid4(), uuid4()
bearer_scheme = HTTPBearer(auto_error=False)
api_key_scheme = APIKeyHeader(name="X-API-Key", auto_error=False)
BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)]
ApiKeyDep = Annotated[str | None, Depends(api_key_scheme)]

# --- the model answer's code ---
@dataclass(frozen=True)
class Principal:
    subject: str
    tenant_id: UUID
    roles: frozenset[str]

async def get_principal(bearer: BearerDep, api_key: ApiKeyDep) -> Principal:  # body: a stub, the answer has ...
    tokens = {"alice-token": Principal("alice", TENANT_A, frozenset({"admin"})),
              "bob-token": Principal("bob", TENANT_B, frozenset({"member"}))}
    keys = {"key-a": Principal("integration-a", TENANT_A, frozenset({"read"}))}
    if bearer and bearer.credentials in tokens:
        return tokens[bearer.credentials]
    if api_key and api_key in keys:
        return keys[api_key]
    raise HTTPException(401, "Not authenticated", headers={"WWW-Authenticate": "Bearer"})

async def tenant_session(
    p: Annotated[Principal, Depends(get_principal)],
) -> AsyncIterator[AsyncSession]:
    async with SessionLocal() as s, s.begin():
        await s.execute(text("SELECT set_config('app.tenant_id', :t, true)"),
                        {"t": str(p.tenant_id)})
        yield s

TenantDB = Annotated[AsyncSession, Depends(tenant_session)]
router = APIRouter(dependencies=[Depends(get_principal)])
# --- end ---

INVOICES = {1: TENANT_A, 2: TENANT_B}


class InvoiceRepo:  # tenant from the principal, never from the request
    def __init__(self, db: AsyncSession, tenant_id: UUID):
        self.db, self.tenant_id = db, tenant_id

    def get(self, invoice_id):
        return invoice_id if INVOICES.get(invoice_id) == self.tenant_id else None

    def list(self):
        return [i for i, t in INVOICES.items() if t == self.tenant_id]


@router.get("/invoices/{invoice_id}")
async def read_invoice(invoice_id: int, db: TenantDB, p: Annotated[Principal, Depends(get_principal)]):
    found = InvoiceRepo(db, p.tenant_id).get(invoice_id)
    if found is None:
        raise HTTPException(404, "Invoice not found")   # the same for another tenant's and a missing one
    return {"id": found, "tenant": str(p.tenant_id), "in_transaction": db.in_transaction()}


@router.get("/invoices")
async def list_invoices(db: TenantDB, p: Annotated[Principal, Depends(get_principal)]):
    return InvoiceRepo(db, p.tenant_id).list()


@router.get("/orgs/{org_id}/invoices")
async def org_invoices(org_id: UUID, db: TenantDB, p: Annotated[Principal, Depends(get_principal)]):
    if org_id != p.tenant_id:                            # the URL is only a request to act in that tenant
        raise HTTPException(404, "Not found")
    return InvoiceRepo(db, p.tenant_id).list()


app = FastAPI()
app.include_router(router)
c = TestClient(app)
A = {"Authorization": "Bearer alice-token"}
B = {"Authorization": "Bearer bob-token"}

r = c.get("/invoices/1", headers=A)
print("A reads its invoice:", r.status_code, r.json(), settings_seen[-1])
assert r.status_code == 200 and r.json()["in_transaction"] is True
assert settings_seen[-1] == ("app.tenant_id", str(TENANT_A), True)
assert c.get("/invoices/1", headers={"X-API-Key": "key-a"}).status_code == 200   # API key, same principal shape
# cross-tenant tests
r_other, r_missing = c.get("/invoices/2", headers=A), c.get("/invoices/999", headers=A)
print("A on B's invoice:", r_other.status_code, r_other.json(), "| missing:", r_missing.status_code, r_missing.json())
assert r_other.status_code == r_missing.status_code == 404 and r_other.json() == r_missing.json()
assert c.get("/invoices", headers=A).json() == [1] and c.get("/invoices", headers=B).json() == [2]
assert c.get(f"/orgs/{TENANT_B}/invoices", headers=A).status_code == 404
assert c.get(f"/orgs/{TENANT_A}/invoices", headers=A).json() == [1]
# a forged X-Tenant-ID header changes nothing
assert c.get("/invoices", headers={**A, "X-Tenant-ID": str(TENANT_B)}).json() == [1]
print("no credential:", c.get("/invoices").status_code)
assert c.get("/invoices").status_code == 401
print("OK security-multi-tenant-auth-design")
