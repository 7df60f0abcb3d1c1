# di-auth-dependencies-design: the model answer's dependency chain, run with a fake async session and real RS256 tokens.
import time
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Annotated

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import APIRouter, Depends, FastAPI, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from fastapi.testclient import TestClient

# --- stubs the answer leaves out ---------------------------------------------------------------
key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
private_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo)
settings = SimpleNamespace(jwt_key=public_pem)


@dataclass
class User:
    id: int
    is_active: bool = True
    roles: set[str] = field(default_factory=set)


USERS = {1: User(1, roles={"admin"}), 2: User(2), 3: User(3, is_active=False)}
calls = {"get_current_user": 0, "session.get": 0}


class FakeSession:
    async def get(self, model, ident):
        calls["session.get"] += 1
        return USERS.get(ident)


async def get_session():
    yield FakeSession()


SessionDep = Annotated[FakeSession, Depends(get_session)]


def token_for(sub: int, aud: str = "api", exp: int = 300) -> str:
    return jwt.encode({"sub": str(sub), "aud": aud, "exp": int(time.time()) + exp}, private_pem, algorithm="RS256")


# --- the model answer's code, as it stands ------------------------------------------------------
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)], session: SessionDep
) -> User:
    calls["get_current_user"] += 1  # added: count the calls
    unauthorized = HTTPException(
        status.HTTP_401_UNAUTHORIZED, "Invalid credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        claims = jwt.decode(token, settings.jwt_key, algorithms=["RS256"], audience="api")
    except jwt.InvalidTokenError:
        raise unauthorized
    user = await session.get(User, int(claims["sub"]))
    if user is None or not user.is_active:
        raise unauthorized
    return user

CurrentUser = Annotated[User, Depends(get_current_user)]

class RequireRole:
    def __init__(self, role: str) -> None:
        self.role = role
    async def __call__(self, user: CurrentUser) -> User:
        if self.role not in user.roles:
            raise HTTPException(status.HTTP_403_FORBIDDEN, "Not allowed")
        return user

require_admin = RequireRole("admin")

admin_router = APIRouter(prefix="/admin", dependencies=[Depends(require_admin)])
api_router = APIRouter(dependencies=[Depends(get_current_user)])
public_router = APIRouter()
# --- end of the answer's code -------------------------------------------------------------------


@admin_router.post("/reindex")
async def reindex():
    return {"status": "started"}


@api_router.get("/me")
async def me(user: CurrentUser):
    return {"id": user.id}


@public_router.get("/health")
async def health():
    return {"ok": True}


inline_router = APIRouter(prefix="/inline", dependencies=[Depends(RequireRole("admin"))])


@inline_router.get("/x")
async def inline_x():
    return {"inline": True}


optional_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token", auto_error=False)


@public_router.get("/maybe")
async def maybe(token: Annotated[str | None, Depends(optional_scheme)]):
    return {"token": token}


app = FastAPI()
app.include_router(admin_router)
app.include_router(api_router)
app.include_router(public_router)
app.include_router(inline_router)
client = TestClient(app)

def auth(t):
    return {"Authorization": f"Bearer {t}"}

# 401 + WWW-Authenticate for missing, bad, wrong-audience, expired, unknown and inactive
for label, headers in [("missing", {}), ("garbage", auth("abc")), ("wrong aud", auth(token_for(1, aud="other"))),
                       ("expired", auth(token_for(1, exp=-60))), ("unknown user", auth(token_for(99))),
                       ("inactive", auth(token_for(3)))]:
    r = client.get("/me", headers=headers)
    print(label, r.status_code, r.json(), r.headers.get("www-authenticate"))
    assert r.status_code == 401, r.text
    assert r.headers["www-authenticate"] == "Bearer"
# the same body for every failure except the scheme's own "Not authenticated" when the header is missing
# authenticated non-admin: 403; admin: 200
r = client.post("/admin/reindex", headers=auth(token_for(2)))
print("non-admin /admin/reindex", r.status_code, r.json())
assert r.status_code == 403 and r.json() == {"detail": "Not allowed"}
r = client.post("/admin/reindex", headers=auth(token_for(1)))
print("admin /admin/reindex", r.status_code, r.json())
assert r.status_code == 200
# public route needs nothing
r = client.get("/health")
assert r.status_code == 200, r.text
# router dependency + endpoint parameter: get_current_user and the session lookup run once per request
calls.update({"get_current_user": 0, "session.get": 0})
r = client.get("/me", headers=auth(token_for(2)))
print("/me", r.status_code, r.json(), calls)
assert r.status_code == 200 and calls == {"get_current_user": 1, "session.get": 1}
# OpenAPI: the scheme is documented (Authorize button) on protected routes, not on public ones
schema = app.openapi()
print("securitySchemes", schema["components"]["securitySchemes"])
assert schema["components"]["securitySchemes"]["OAuth2PasswordBearer"]["type"] == "oauth2"
assert schema["paths"]["/me"]["get"]["security"] == [{"OAuth2PasswordBearer": []}]
assert "security" not in schema["paths"]["/health"]["get"]
# overrides: keyed on the module-level require_admin they work; an inline RequireRole("admin") is missed
app.dependency_overrides[require_admin] = lambda: User(42, roles={"admin"})
assert client.post("/admin/reindex").status_code == 200
app.dependency_overrides[RequireRole("admin")] = lambda: User(42, roles={"admin"})
r = client.get("/inline/x")
print("inline RequireRole with an override keyed on a new RequireRole('admin'):", r.status_code)
assert r.status_code == 401
app.dependency_overrides.clear()
# auto_error=False gives None instead of 401
r = client.get("/maybe")
print("/maybe", r.status_code, r.json())
assert r.status_code == 200 and r.json() == {"token": None}
print("OK di-auth-dependencies-design")
