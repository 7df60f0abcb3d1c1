# security-oauth2-scopes-securityscopes: the model answer's get_principal and create_order with a stub decoder
# (the token is the space-separated granted scopes), scope accumulation, OpenAPI, and issuing by intersection.
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Security
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm, SecurityScopes
from fastapi.testclient import TestClient

app = FastAPI()
seen_required = []


@dataclass
class Principal:
    user_id: str
    scopes: set


def decode_and_verify(token: str) -> dict:  # stub: "none" means no scope claim
    if token == "bad":
        raise HTTPException(401, "Invalid token", headers={"WWW-Authenticate": "Bearer"})
    return {"sub": "u1"} if token == "none" else {"sub": "u1", "scope": token.replace("+", " ")}


# --- the model answer's code ---
oauth2 = OAuth2PasswordBearer(
    tokenUrl="token",
    scopes={"orders:read": "Read orders", "orders:write": "Create and change orders"},
)

async def get_principal(
    required: SecurityScopes, token: Annotated[str, Depends(oauth2)]
) -> Principal:
    seen_required.append((list(required.scopes), required.scope_str))  # added
    claims = decode_and_verify(token)                  # 401 on a bad token
    granted = set(claims.get("scope", "").split())
    missing = [s for s in required.scopes if s not in granted]
    if missing:
        raise HTTPException(
            status_code=403,
            detail=f"Missing scope: {' '.join(missing)}",
            headers={"WWW-Authenticate": f'Bearer scope="{required.scope_str}"'},
        )
    return Principal(user_id=claims["sub"], scopes=granted)

@app.post("/orders")
async def create_order(
    who: Annotated[Principal, Security(get_principal, scopes=["orders:write"])],
): ...
# --- end ---

c = TestClient(app)
bearer = lambda t: {"Authorization": f"Bearer {t}"}
r = c.post("/orders", headers=bearer("orders:read"))
print("read-only token:", r.status_code, r.json(), r.headers.get("www-authenticate"))
assert r.status_code == 403 and r.json() == {"detail": "Missing scope: orders:write"}
assert r.headers["www-authenticate"] == 'Bearer scope="orders:write"'
assert c.post("/orders", headers=bearer("orders:read+orders:write")).status_code == 200
assert c.post("/orders", headers=bearer("none")).status_code == 403
assert c.post("/orders", headers=bearer("bad")).status_code == 401
assert c.post("/orders").status_code == 401


# accumulation down the chain
async def get_active_principal(p: Annotated[Principal, Security(get_principal, scopes=["profile"])]) -> Principal:
    return p


@app.post("/orders2")
async def create_order2(who: Annotated[Principal, Security(get_active_principal, scopes=["orders:write"])]):
    return {}


seen_required.clear()
r = c.post("/orders2", headers=bearer("orders:write"))
print("chain: get_principal sees", seen_required[-1], "->", r.status_code, r.json())
assert set(seen_required[-1][0]) == {"orders:write", "profile"} and r.status_code == 403
assert seen_required[-1][1] == " ".join(seen_required[-1][0])
assert c.post("/orders2", headers=bearer("orders:write+profile")).status_code == 200


# forgetting the check: every valid token passes
async def no_check(required: SecurityScopes, token: Annotated[str, Depends(oauth2)]) -> str:
    return token


@app.delete("/orders/{oid}")
async def delete_order(oid: int, t: Annotated[str, Security(no_check, scopes=["orders:write"])]):
    return {"deleted": oid}


assert c.delete("/orders/1", headers=bearer("orders:read")).status_code == 200

# OpenAPI: declared scopes in the flow, required scopes on the operation
schema = app.openapi()
flow = schema["components"]["securitySchemes"]["OAuth2PasswordBearer"]["flows"]["password"]
print("flow scopes:", flow["scopes"], "| /orders security:", schema["paths"]["/orders"]["post"]["security"])
assert flow["scopes"] == {"orders:read": "Read orders", "orders:write": "Create and change orders"}
assert schema["paths"]["/orders"]["post"]["security"] == [{"OAuth2PasswordBearer": ["orders:write"]}]

# issuing: intersect form.scopes with what the user may have
ALLOWED = {"alice": {"orders:read"}}


@app.post("/token")
async def token(form: Annotated[OAuth2PasswordRequestForm, Depends()]):
    granted = [s for s in form.scopes if s in ALLOWED.get(form.username, set())]
    return {"access_token": "+".join(granted), "token_type": "bearer"}


r = c.post("/token", data={"username": "alice", "password": "x", "scope": "orders:read orders:write"})
print("issued:", r.json())
assert r.json()["access_token"] == "orders:read"
assert c.post("/orders", headers=bearer(r.json()["access_token"])).status_code == 403
print("OK security-oauth2-scopes-securityscopes")
