# security-api-key-header: the model answer's require_client with an in-memory key store.
import secrets
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.testclient import TestClient


@dataclass
class ApiClient:
    name: str
    revoked: bool = False


GOOD, REVOKED = secrets.token_urlsafe(32), secrets.token_urlsafe(32)


class ApiClients:  # stub: clients stored by the SHA-256 of their key
    def __init__(self):
        import hashlib
        self.by_digest = {hashlib.sha256(GOOD.encode()).hexdigest(): ApiClient("acme"),
                          hashlib.sha256(REVOKED.encode()).hexdigest(): ApiClient("old", revoked=True)}

    async def get_by_digest(self, digest):
        return self.by_digest.get(digest)


api_clients = ApiClients()

# --- the model answer's code ---
import hashlib
from typing import Annotated
from fastapi import APIRouter, Depends, HTTPException, Security
from fastapi.security import APIKeyHeader

api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)

async def require_client(key: Annotated[str | None, Security(api_key_header)]) -> ApiClient:
    if not key:
        raise HTTPException(status_code=401, detail="API key required")
    digest = hashlib.sha256(key.encode()).hexdigest()
    client = await api_clients.get_by_digest(digest)       # indexed lookup by hash
    if client is None or client.revoked:
        raise HTTPException(status_code=401, detail="Invalid API key")
    return client

partner_router = APIRouter(prefix="/partner", dependencies=[Depends(require_client)])
# --- end ---


@partner_router.get("/orders")
async def partner_orders():
    return {"orders": []}


@partner_router.get("/whoami")
async def whoami(client: Annotated[ApiClient, Depends(require_client)]):
    return {"client": client.name}


strict = APIKeyHeader(name="X-API-Key")   # auto_error=True


app = FastAPI()
app.include_router(partner_router)


@app.get("/strict", dependencies=[Security(strict)])
async def strict_route():
    return {}
c = TestClient(app)

for label, headers, status, detail in [
    ("no header", {}, 401, "API key required"),
    ("unknown key", {"X-API-Key": "nope"}, 401, "Invalid API key"),
    ("revoked key", {"X-API-Key": REVOKED}, 401, "Invalid API key"),
    ("good key", {"X-API-Key": GOOD}, 200, None),
]:
    r = c.get("/partner/orders", headers=headers)
    print(label, r.status_code, r.json())
    assert r.status_code == status, r.text
    if detail:
        assert r.json() == {"detail": detail}
assert c.get("/partner/whoami", headers={"X-API-Key": GOOD}).json() == {"client": "acme"}

# auto_error=True: rejected before our code, 401 in current FastAPI
assert c.get("/strict", headers={"X-API-Key": GOOD}).status_code == 200
r = c.get("/strict")
print("auto_error=True, missing header:", r.status_code, r.json(), r.headers.get("www-authenticate"))
assert r.status_code == 401 and r.json() == {"detail": "Not authenticated"}

# OpenAPI: an apiKey scheme in the header
schemes = app.openapi()["components"]["securitySchemes"]
print("securitySchemes:", schemes)
assert schemes["APIKeyHeader"] == {"type": "apiKey", "in": "header", "name": "X-API-Key"}
assert app.openapi()["paths"]["/partner/orders"]["get"]["security"] == [{"APIKeyHeader": []}]
assert len(schemes) == 1   # both instances are the same scheme name

# compare_digest for one fixed key
assert secrets.compare_digest(GOOD, GOOD) and not secrets.compare_digest(GOOD, REVOKED)
print("OK security-api-key-header")
