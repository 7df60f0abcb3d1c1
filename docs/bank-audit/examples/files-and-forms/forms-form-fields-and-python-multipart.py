# forms-form-fields-and-python-multipart: the file's /login (authenticate stubbed), urlencoded and multipart
# bodies, bool parsing, 422 location, the OpenAPI form body, OAuth2PasswordRequestForm, and what happens at
# route creation when python-multipart is missing or only the unrelated `multipart` package is importable
# (this machine has Debian's `multipart` 1.2.1 next to python_multipart).
import sys

from fastapi.testclient import TestClient

seen = {}


async def authenticate(username, password):
    seen.update(username=username, password=password)
    return {"name": username}

# --- the file's code ---
from typing import Annotated
from fastapi import FastAPI, Form

app = FastAPI()

@app.post("/login")
async def login(
    username: Annotated[str, Form(min_length=3, max_length=50)],
    password: Annotated[str, Form()],
    remember_me: Annotated[bool, Form()] = False,
):
    user = await authenticate(username, password)
    ...
# -----------------------


@app.post("/login-echo")
async def login_echo(username: Annotated[str, Form(min_length=3, max_length=50)], password: Annotated[str, Form()],
                     remember_me: Annotated[bool, Form()] = False):
    return {"username": username, "remember_me": remember_me}


c = TestClient(app)
r = c.post("/login", data={"username": "ada", "password": "s3cret"})
print("urlencoded:", r.status_code, r.request.headers["content-type"], seen)
assert r.status_code == 200 and seen == {"username": "ada", "password": "s3cret"}
r = c.post("/login", data={"username": "ada", "password": "s3cret"}, files={"avatar": ("a.txt", b"x")})
print("multipart:", r.status_code, r.request.headers["content-type"][:30])
for v in ("on", "true", "1", "off"):
    print(f"remember_me={v}:", c.post("/login-echo", data={"username": "ada", "password": "p", "remember_me": v}).json()["remember_me"])
r = c.post("/login", data={"username": "al", "password": "p"})
print("short username:", r.status_code, r.json()["detail"][0]["type"], r.json()["detail"][0]["loc"])
r = c.post("/login", json={"username": "ada", "password": "s3cret"})
print("JSON body:", r.status_code, [e["loc"] for e in r.json()["detail"]])
assert r.status_code == 422
op = c.get("/openapi.json").json()["paths"]["/login"]["post"]
print("OpenAPI request body:", list(op["requestBody"]["content"]))
assert list(op["requestBody"]["content"]) == ["application/x-www-form-urlencoded"]
from fastapi import params
print("Form is a Body subclass:", issubclass(params.Form, params.Body))

from fastapi.security import OAuth2PasswordRequestForm
o = FastAPI()


@o.post("/token")
async def token(form: Annotated[OAuth2PasswordRequestForm, __import__("fastapi").Depends()]):
    return {"username": form.username, "scopes": form.scopes}


print("OAuth2PasswordRequestForm:", TestClient(o).post("/token", data={"username": "ada", "password": "p", "scope": "a b"}).json())

# python-multipart missing / the wrong `multipart` installed: checked when the route is created
import logging
logging.getLogger("fastapi").disabled = True


def try_route(label):
    a = FastAPI()
    try:
        @a.post("/x")
        async def x(f: Annotated[str, Form()]): ...
        print(label, "-> route created")
    except RuntimeError as e:
        print(label, "-> RuntimeError:", str(e).splitlines()[0][:90])


saved = {k: sys.modules.get(k) for k in ("python_multipart", "multipart", "multipart.multipart")}
import multipart as unrelated
print("importable `multipart`:", unrelated.__file__, getattr(unrelated, "__version__", None))
sys.modules["python_multipart"] = None                    # hide python-multipart
try_route("only the unrelated `multipart` importable")
sys.modules["multipart"] = None
try_route("neither importable")
for k, v in saved.items():
    if v is None:
        sys.modules.pop(k, None)
    else:
        sys.modules[k] = v
try_route("python_multipart importable again")
print("OK forms-form-fields-and-python-multipart")
