# pydantic-role-in-fastapi: the file's models and endpoint (users.create stubbed: it stores and returns an
# object with id, email and password); output filtering, from_attributes, all 422 errors at once, the dump_json
# fast path, and v2 no longer turning a number into a str.
import types

from fastapi import FastAPI
from fastapi._compat import v2 as compat_v2
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel as _BM, ValidationError

app = FastAPI()


class _Row:                                   # an ORM-like object, attributes not a dict
    def __init__(self, **kw):
        self.__dict__.update(kw)


async def _create(data: dict):
    return _Row(id=1, hashed_password="secret-hash", **data)

users = types.SimpleNamespace(create=_create)   # stub for the data layer

# --- the file's code ---
from pydantic import BaseModel, ConfigDict, EmailStr

class UserCreate(BaseModel):          # input: includes the password
    email: EmailStr
    password: str

class UserPublic(BaseModel):          # output: safe subset
    model_config = ConfigDict(from_attributes=True)
    id: int
    email: EmailStr

@app.post("/users", response_model=UserPublic, status_code=201)
async def create_user(data: UserCreate):
    return await users.create(data.model_dump())
# -----------------------

calls = {"json": 0, "python": 0}
_sj, _s = compat_v2.ModelField.serialize_json, compat_v2.ModelField.serialize


def count_json(self, *a, **k):
    calls["json"] += 1
    return _sj(self, *a, **k)


def count_py(self, *a, **k):
    calls["python"] += 1
    return _s(self, *a, **k)


compat_v2.ModelField.serialize_json, compat_v2.ModelField.serialize = count_json, count_py

c = TestClient(app)
r = c.post("/users", json={"email": "ann@example.com", "password": "pw"})
print(r.status_code, r.json(), "serializers used:", calls)
assert r.status_code == 201 and r.json() == {"id": 1, "email": "ann@example.com"}   # no password, no hash
assert calls == {"json": 1, "python": 0}, "response model + no response_class: Rust dump_json path"


@app.post("/users-json-class", response_model=UserPublic, response_class=JSONResponse)
async def create_user2(data: UserCreate):
    return await users.create(data.model_dump())


calls.update(json=0, python=0)
c.post("/users-json-class", json={"email": "ann@example.com", "password": "pw"})
print("with response_class set:", calls)
assert calls == {"json": 0, "python": 1}

r = c.post("/users", json={"email": "not-an-email"})
print("two problems:", r.status_code, [(e["loc"], e["type"]) for e in r.json()["detail"]])
assert r.status_code == 422 and len(r.json()["detail"]) == 2

class M(_BM):
    name: str
try:
    M(name=5)
    raise AssertionError("coerced")
except ValidationError as e:
    print("v2, int for str:", e.errors()[0]["type"])

schema = c.get("/openapi.json").json()["components"]["schemas"]
print("schemas in OpenAPI:", sorted(schema))
assert {"UserCreate", "UserPublic"} <= set(schema)
print("OK pydantic-role-in-fastapi")
