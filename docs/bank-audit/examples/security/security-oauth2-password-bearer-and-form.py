# security-oauth2-password-bearer-and-form: the model answer's login and current_user with stub credential checks.
from fastapi.security import OAuth2PasswordRequestFormStrict
from fastapi.testclient import TestClient

seen_forms = []


async def check_credentials(username, password):  # stub
    return {"name": username} if (username, password) == ("alice", "wonderland") else None


def create_token(user):  # stub
    return f"token-for-{user['name']}"


async def load_user_from_token(token):  # stub
    return {"token": token}


# --- the model answer's code ---
from typing import Annotated
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import OAuth2PasswordBearer, OAuth2PasswordRequestForm

app = FastAPI()
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="auth/token")

@app.post("/auth/token")
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()]):
    seen_forms.append(form)  # added
    user = await check_credentials(form.username, form.password)   # your code
    if user is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Wrong username or password",
                            headers={"WWW-Authenticate": "Bearer"})
    return {"access_token": create_token(user), "token_type": "bearer"}

async def current_user(token: Annotated[str, Depends(oauth2_scheme)]):
    return await load_user_from_token(token)   # decode, verify, raise 401 on failure
# --- end ---


@app.get("/me")
async def me(user: Annotated[dict, Depends(current_user)]):
    return user


c = TestClient(app)
r = c.post("/auth/token", data={"username": "alice", "password": "wonderland", "scope": "orders:read  profile",
                                "client_id": "web"})
form = seen_forms[-1]
print("login:", r.status_code, r.json(), "| scopes:", form.scopes, "grant_type:", form.grant_type,
      "client_id:", form.client_id)
assert r.json() == {"access_token": "token-for-alice", "token_type": "bearer"}
assert form.scopes == ["orders:read", "profile"] and form.grant_type is None
r = c.post("/auth/token", data={"username": "alice", "password": "nope"})
print("wrong password:", r.status_code, r.json(), r.headers["www-authenticate"])
assert r.status_code == 401
r = c.post("/auth/token", json={"username": "alice", "password": "wonderland"})
print("JSON body:", r.status_code, [e["loc"] for e in r.json()["detail"]])
assert r.status_code == 422

# the scheme only extracts the header
r = c.get("/me", headers={"Authorization": "Bearer anything-at-all"})
print("any bearer string passes the scheme:", r.json())
assert r.json() == {"token": "anything-at-all"}
for h in ({}, {"Authorization": "Basic YTpi"}):
    r = c.get("/me", headers=h)
    print("scheme,", h or "no header", "->", r.status_code, r.json(), r.headers.get("www-authenticate"))
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"

optional = OAuth2PasswordBearer(tokenUrl="auth/token", auto_error=False)


@app.get("/maybe")
async def maybe(token: Annotated[str | None, Depends(optional)]):
    return {"token": token}


assert c.get("/maybe").json() == {"token": None}

# the strict form wants grant_type=password
strict_app = FastAPI()


@strict_app.post("/token")
async def strict_login(form: Annotated[OAuth2PasswordRequestFormStrict, Depends()]):
    return {"grant_type": form.grant_type}


s = TestClient(strict_app)
r1 = s.post("/token", data={"username": "a", "password": "b"})
r2 = s.post("/token", data={"username": "a", "password": "b", "grant_type": "password"})
print("strict without grant_type:", r1.status_code, "| with grant_type=password:", r2.status_code, r2.json())
assert r1.status_code == 422 and r2.status_code == 200

# tokenUrl is OpenAPI metadata, not a route
only_scheme = FastAPI()


@only_scheme.get("/me")
async def me2(token: Annotated[str, Depends(OAuth2PasswordBearer(tokenUrl="auth/token"))]):
    return {}


flows = only_scheme.openapi()["components"]["securitySchemes"]["OAuth2PasswordBearer"]["flows"]
r = TestClient(only_scheme).post("/auth/token", data={"username": "a", "password": "b"})
print("OpenAPI flows:", flows, "| POST /auth/token on an app without the route:", r.status_code)
assert flows == {"password": {"scopes": {}, "tokenUrl": "auth/token"}} and r.status_code == 404

# form data needs python-multipart: without it the route cannot even be declared
import subprocess, sys
code = """
import sys
sys.modules["python_multipart"] = None
sys.modules["multipart"] = None
from typing import Annotated
from fastapi import Depends, FastAPI
from fastapi.security import OAuth2PasswordRequestForm
app = FastAPI()
try:
    @app.post("/t")
    async def t(form: Annotated[OAuth2PasswordRequestForm, Depends()]): ...
    print("declared")
except RuntimeError as exc:
    print("RuntimeError:", str(exc).splitlines()[0])
"""
out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip()
print("without python-multipart:", out)
assert out.startswith("RuntimeError")
print("OK security-oauth2-password-bearer-and-form")
