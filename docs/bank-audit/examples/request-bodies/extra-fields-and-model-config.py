# extra-fields-and-model-config: the client's body against ignore / forbid / allow, the file's InputModel and
# UserUpdate (inheritance, str_strip_whitespace), the schema, mass assignment with allow, forbid on output.
import warnings

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict

# --- the file's code ---
from pydantic import BaseModel, ConfigDict

class InputModel(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

class UserUpdate(InputModel):          # config is inherited
    email: str
    display_name: str | None = None
# -----------------------

BODY = {"email": "a@b.c", "emial_verified": True, "is_admin": True}


class Default(BaseModel):
    email: str


class Allow(BaseModel):
    model_config = ConfigDict(extra="allow")
    email: str


class Forbid(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: str


app = FastAPI()
got = {}


@app.post("/default")
async def d(m: Default):
    got["default"] = m
    return m.model_dump()


@app.post("/forbid")
async def f(m: Forbid):
    return m.model_dump()


@app.post("/allow")
async def a(m: Allow):
    got["allow"] = m
    return {"dump": m.model_dump(), "extra": m.model_extra}


@app.post("/users")
async def u(m: UserUpdate):
    return m.model_dump()


c = TestClient(app)
print("ignore (default):", c.post("/default", json=BODY).json())
assert c.post("/default", json=BODY).json() == {"email": "a@b.c"}
r = c.post("/forbid", json=BODY)
print("forbid:", r.status_code, [(e["type"], e["loc"]) for e in r.json()["detail"]])
assert ("extra_forbidden", ["body", "emial_verified"]) in [(e["type"], e["loc"]) for e in r.json()["detail"]]
print("allow:", c.post("/allow", json=BODY).json())
assert c.post("/allow", json=BODY).json()["extra"] == {"emial_verified": True, "is_admin": True}
r = c.post("/users", json={"email": "  a@b.c  ", "is_admin": True})
print("UserUpdate (inherited forbid):", r.status_code, r.json()["detail"][0]["type"])
print("UserUpdate strips whitespace:", c.post("/users", json={"email": "  a@b.c  "}).json())
assert c.post("/users", json={"email": "  a@b.c  "}).json()["email"] == "a@b.c"
schemas = c.get("/openapi.json").json()["components"]["schemas"]
print("additionalProperties:", {k: schemas[k].get("additionalProperties") for k in ("Default", "Forbid", "Allow", "UserUpdate")})
assert schemas["Forbid"]["additionalProperties"] is False


class UserRow(BaseModel):              # stands in for an ORM model with an is_admin column
    email: str
    is_admin: bool = False


print("mass assignment with allow: UserRow(**m.model_dump()) ->", UserRow(**got["allow"].model_dump()))
assert UserRow(**got["allow"].model_dump()).is_admin is True

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    class Old(BaseModel):
        class Config:
            extra = "forbid"
        x: int
print("inner class Config:", [f"{x.category.__name__}" for x in w])


class OutForbid(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: int


out = FastAPI()


@out.get("/thing", response_model=OutForbid)
async def thing():
    return {"id": 1, "new_column": "x"}


r = TestClient(out, raise_server_exceptions=False).get("/thing")
print("response model with forbid, dict gains a key:", r.status_code)
assert r.status_code == 500
print("OK extra-fields-and-model-config")
