"""testing-auth-protected-endpoints: the file's app code and four tests, with a small JWT helper, a User model and
a `client` fixture stand-in; then the "parametrised test over app.routes" idea, with and without routers."""
from datetime import datetime, timedelta, timezone
from typing import Annotated

import jwt
from fastapi import APIRouter, Depends, FastAPI, HTTPException
from fastapi.routing import APIRoute
from fastapi.security import OAuth2PasswordBearer
from fastapi.testclient import TestClient
from pydantic import BaseModel

SECRET = "test-signing-key"          # a test signing key, as the file advises


class User(BaseModel):
    name: str
    role: str


def create_access_token(data: dict, expires_delta: timedelta = timedelta(minutes=15)) -> str:
    return jwt.encode({**data, "exp": datetime.now(timezone.utc) + expires_delta}, SECRET, algorithm="HS256")


USERS = {"ann": User(name="ann", role="admin"), "bob": User(name="bob", role="user")}
app = FastAPI()

# --- the file's app code -----------------------------------------------------------------------
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")

def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> User:
    # ...  # decode the JWT, load the user, or raise HTTPException(401)   (filled in:)
    try:
        payload = jwt.decode(token, SECRET, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        raise HTTPException(401, "Invalid token", headers={"WWW-Authenticate": "Bearer"})
    return USERS[payload["sub"]]

def require_admin(user: Annotated[User, Depends(get_current_user)]) -> User:
    if user.role != "admin":
        raise HTTPException(status_code=403, detail="Admin only")
    return user

@app.delete("/users/{user_id}", status_code=204)
def delete_user(user_id: int, admin: Annotated[User, Depends(require_admin)]): ...
# -----------------------------------------------------------------------------------------------


# --- the file's tests --------------------------------------------------------------------------
def test_requires_token(client):
    assert client.delete("/users/1").status_code == 401

def test_rejects_expired_token(client):
    token = create_access_token({"sub": "ann"}, expires_delta=timedelta(seconds=-1))
    r = client.delete("/users/1", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 401

def test_plain_user_is_forbidden(client):
    app.dependency_overrides[get_current_user] = lambda: User(name="bob", role="user")
    assert client.delete("/users/1").status_code == 403

def test_admin_can_delete(client):
    app.dependency_overrides[get_current_user] = lambda: User(name="ann", role="admin")
    assert client.delete("/users/1").status_code == 204
# -----------------------------------------------------------------------------------------------

for test in (test_requires_token, test_rejects_expired_token, test_plain_user_is_forbidden, test_admin_can_delete):
    with TestClient(app) as client:          # the `client` fixture: clears the overrides after each test
        test(client)
    app.dependency_overrides.clear()
    print("passed:", test.__name__)

c = TestClient(app)
r = c.delete("/users/1")
print("no token ->", r.status_code, r.json(), "WWW-Authenticate:", r.headers.get("www-authenticate"))
assert r.status_code == 401 and r.json() == {"detail": "Not authenticated"} and r.headers["www-authenticate"] == "Bearer"
r = c.delete("/users/1", headers={"Authorization": "Bearer not-a-jwt"})
print("malformed token ->", r.status_code)
assert r.status_code == 401
good = create_access_token({"sub": "ann"})
print("real admin token ->", c.delete("/users/1", headers={"Authorization": f"Bearer {good}"}).status_code)
bob = create_access_token({"sub": "bob"})
print("real token, role user ->", c.delete("/users/1", headers={"Authorization": f"Bearer {bob}"}).status_code)
# overriding require_admin instead: the role check no longer runs
app.dependency_overrides[require_admin] = lambda: User(name="bob", role="user")
print("override require_admin with a plain user ->", c.delete("/users/1").status_code, "(role check skipped)")
app.dependency_overrides.clear()


# "A parametrised test over app.routes": fine while routes sit on the app, not once they live in routers
def protected_paths(application):
    return [(r.path, m) for r in application.routes if isinstance(r, APIRoute) for m in r.methods]

print("APIRoutes found in app.routes (routes declared on the app):", protected_paths(app))
app2 = FastAPI()
router = APIRouter(prefix="/users")

@router.delete("/{user_id}", status_code=204)
def delete_user2(user_id: int, admin: Annotated[User, Depends(require_admin)]): ...

@router.get("/forgot-auth")
def unprotected(): ...

app2.include_router(router)
print("app2.routes with an included router:", [type(r).__name__ for r in app2.routes])
print("APIRoutes found in app2.routes:", protected_paths(app2))
assert protected_paths(app2) == []
ops = [(path, m.upper()) for path, item in app2.openapi()["paths"].items() for m in item]
print("operations from app2.openapi()['paths']:", ops)
c2 = TestClient(app2)
print("each without a token:", {f"{m} {p}": c2.request(m, p.replace("{user_id}", "1")).status_code for p, m in ops})
print("OK testing-auth-protected-endpoints")
