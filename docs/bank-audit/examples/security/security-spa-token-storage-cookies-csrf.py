# security-spa-token-storage-cookies-csrf: the model answer's cookie login and APIKeyCookie current_user with stubs,
# the cookie attributes, logout, a custom-header CSRF check, and that Starlette ships no CSRF middleware.
import pkgutil
from dataclasses import dataclass

import starlette.middleware
from fastapi import FastAPI, Header, HTTPException, Request
from fastapi.testclient import TestClient
from pydantic import BaseModel

app = FastAPI()
SESSIONS = {}


class LoginForm(BaseModel):
    username: str
    password: str


@dataclass
class User:
    name: str


async def authenticate(form: LoginForm) -> User:  # stub
    if form.password != "pw":
        raise HTTPException(401, "Wrong username or password")
    return User(form.username)


def issue_session(user: User) -> str:  # stub
    sid = f"sid-{user.name}"
    SESSIONS[sid] = user
    return sid


# --- the model answer's code ---
from typing import Annotated
from fastapi import Depends, Response
from fastapi.security import APIKeyCookie

session_cookie = APIKeyCookie(name="session")

@app.post("/auth/login")
async def login(form: LoginForm, response: Response):
    user = await authenticate(form)                      # 401 on failure
    response.set_cookie("session", issue_session(user), max_age=1800,
                        httponly=True, secure=True, samesite="lax")
    return {"ok": True}

async def current_user(session: Annotated[str, Depends(session_cookie)]) -> User:
    user = SESSIONS.get(session)  # added: the body the answer leaves as ...
    if user is None:
        raise HTTPException(401, "Session expired")
    return user
# --- end ---


def require_csrf_header(x_csrf_token: Annotated[str | None, Header()] = None):
    if not x_csrf_token:
        raise HTTPException(403, "CSRF check failed")


@app.get("/me")
async def me(user: Annotated[User, Depends(current_user)]):
    return {"name": user.name}


@app.post("/transfer", dependencies=[Depends(require_csrf_header)])
async def transfer(user: Annotated[User, Depends(current_user)]):
    return {"by": user.name}


@app.post("/auth/logout")
async def logout(response: Response, session: Annotated[str, Depends(session_cookie)]):
    SESSIONS.pop(session, None)                          # server-side revocation
    response.delete_cookie("session", secure=True, httponly=True, samesite="lax")
    return {"ok": True}


c = TestClient(app, base_url="https://testserver")   # https, or the Secure cookie is not sent back
assert c.post("/auth/login", json={"username": "alice", "password": "bad"}).status_code == 401
r = c.post("/auth/login", json={"username": "alice", "password": "pw"})
print("Set-Cookie:", r.headers["set-cookie"])
sc = r.headers["set-cookie"].lower()
assert all(part in sc for part in ["httponly", "secure", "samesite=lax", "max-age=1800"])
print("/me with the cookie:", c.get("/me").json())
assert c.get("/me").json() == {"name": "alice"}
r = TestClient(app).get("/me")
print("/me without a cookie:", r.status_code, r.json(), r.headers.get("www-authenticate"))
assert r.status_code == 401
# the cookie goes along by itself; the custom header does not
r = c.post("/transfer")
print("POST /transfer, cookie only:", r.status_code, r.json())
assert r.status_code == 403
assert c.post("/transfer", headers={"X-CSRF-Token": "t"}).json() == {"by": "alice"}
# the scheme documents a cookie apiKey
print("securitySchemes:", app.openapi()["components"]["securitySchemes"])
assert app.openapi()["components"]["securitySchemes"]["APIKeyCookie"] == {"type": "apiKey", "in": "cookie",
                                                                         "name": "session"}
# logout
r = c.post("/auth/logout")
print("logout Set-Cookie:", r.headers["set-cookie"])
assert 'session=""' in r.headers["set-cookie"] and "max-age=0" in r.headers["set-cookie"].lower()
assert c.get("/me").status_code == 401
# set_cookie's default SameSite
resp = Response()
resp.set_cookie("x", "1")
assert "samesite=lax" in resp.headers["set-cookie"].lower()
# no CSRF middleware in Starlette or FastAPI
import fastapi.middleware
mods = [m.name for m in pkgutil.iter_modules(starlette.middleware.__path__)] + \
       [m.name for m in pkgutil.iter_modules(fastapi.middleware.__path__)]
print("middleware modules:", sorted(set(mods)))
assert not any("csrf" in m for m in mods)
print("OK security-spa-token-storage-cookies-csrf")
