# resp-camelcase-aliases-response-validation: the file's app; /a fails response validation, /b works, the
# schema uses aliases; the fix (validate_by_name is Pydantic 2.11+, so under 2.10.6 the older populate_by_name
# is run as well), response_model_by_alias=False, and the model as a request body.
import logging
import warnings

from fastapi.exceptions import ResponseValidationError
from fastapi.testclient import TestClient

# --- the file's code ---
from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel

app = FastAPI()

class ProfileOut(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel)
    user_id: int
    display_name: str
    is_admin: bool = False

@app.get("/profiles/a", response_model=ProfileOut)
async def profile_a():
    return {"user_id": 7, "display_name": "Ada"}

@app.get("/profiles/b")
async def profile_b() -> ProfileOut:
    return ProfileOut.model_validate({"userId": 7, "displayName": "Ada"})
# -----------------------

import pydantic
print("pydantic", pydantic.VERSION)
try:
    TestClient(app).get("/profiles/a")
    raise SystemExit("no exception")
except ResponseValidationError as e:
    errs = [(x["type"], x["loc"]) for x in e.errors()]
    print("/a under TestClient raises ResponseValidationError:", errs)
    assert errs == [("missing", ("response", "userId")), ("missing", ("response", "displayName"))]
logging.getLogger("uvicorn.error").disabled = True
r = TestClient(app, raise_server_exceptions=False).get("/profiles/a")
print("/a as a client sees it:", r.status_code, r.headers["content-type"], repr(r.text))
assert r.status_code == 500 and r.text == "Internal Server Error"
r = TestClient(app).get("/profiles/b")
print("/b:", r.status_code, r.json())
assert r.json() == {"userId": 7, "displayName": "Ada", "isAdmin": False}
schema = TestClient(app).get("/openapi.json").json()["components"]["schemas"]["ProfileOut"]
print("docs schema properties:", list(schema["properties"]), "required:", schema["required"])
assert list(schema["properties"]) == ["userId", "displayName", "isAdmin"]


def build(cfg, **route_kw):
    class ProfileOut(BaseModel):
        model_config = cfg
        user_id: int
        display_name: str
        is_admin: bool = False

    a = FastAPI()

    @a.get("/profiles/a", response_model=ProfileOut, **route_kw)
    async def profile_a():
        return {"user_id": 7, "display_name": "Ada"}

    @a.post("/profiles")
    async def create(p: ProfileOut):
        return p

    return TestClient(a, raise_server_exceptions=False)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = build(ConfigDict(alias_generator=to_camel, validate_by_name=True))
r = c.get("/profiles/a")
print("file's fix validate_by_name=True under 2.10.6:", r.status_code, "| warnings:", [str(x.message)[:60] for x in w],
      "(the option arrived in Pydantic 2.11; 2.10 ignores it)")
assert r.status_code == 500
c = build(ConfigDict(alias_generator=to_camel, populate_by_name=True))
r = c.get("/profiles/a")
print("populate_by_name=True:", r.status_code, r.json())
assert r.json() == {"userId": 7, "displayName": "Ada", "isAdmin": False}
print("  as a request body, snake_case accepted:", c.post("/profiles", json={"user_id": 1, "display_name": "x"}).status_code)

c = build(ConfigDict(alias_generator=to_camel))
print("no by-name option, request body in snake_case:", c.post("/profiles", json={"user_id": 1, "display_name": "x"}).status_code,
      "| camelCase:", c.post("/profiles", json={"userId": 1, "displayName": "x"}).status_code)
c = build(ConfigDict(alias_generator=to_camel, populate_by_name=True), response_model_by_alias=False)
r = c.get("/profiles/a")
s = c.get("/openapi.json").json()["components"]["schemas"]
print("response_model_by_alias=False:", r.json(), "| schema still:", list(s["ProfileOut"]["properties"]))
assert r.json() == {"user_id": 7, "display_name": "Ada", "is_admin": False} and list(s["ProfileOut"]["properties"])[0] == "userId"
print("OK resp-camelcase-aliases-response-validation")
