# forms-pydantic-form-models: the file's SignupForm and endpoint (create_user stubbed), lax conversion, the
# validator, extra="forbid", the docs, the unchecked-checkbox quirk, and JSON being refused.
import types
from typing import Annotated

from fastapi.testclient import TestClient

made = {}


async def create_user(data):
    made.update(data)
    return types.SimpleNamespace(id=1)

# --- the file's code ---
from typing import Annotated
from fastapi import FastAPI, Form
from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

class SignupForm(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: EmailStr
    password: str = Field(min_length=12)
    display_name: str = Field(max_length=40)
    newsletter: bool = False
    terms: bool

    @field_validator("terms")
    @classmethod
    def must_accept(cls, v: bool) -> bool:
        if not v:
            raise ValueError("terms must be accepted")
        return v

app = FastAPI()

@app.post("/signup")
async def signup(form: Annotated[SignupForm, Form()]):
    user = await create_user(form.model_dump())
    return {"id": user.id}
# -----------------------

c = TestClient(app)
good = {"email": "ada@example.com", "password": "correct horse battery", "display_name": "Ada", "terms": "on"}
r = c.post("/signup", data={**good, "newsletter": "1"})
print("valid:", r.status_code, r.json(), made)
assert r.status_code == 200 and made["terms"] is True and made["newsletter"] is True
for v in ("on", "true", "1"):
    made.clear()
    c.post("/signup", data={**good, "terms": v})
    assert made["terms"] is True
r = c.post("/signup", data={**good, "password": "short", "terms": "false"})
print("bad:", r.status_code, [(e["type"], e["loc"], e["msg"]) for e in r.json()["detail"]])
assert ["body", "password"] in [e["loc"] for e in r.json()["detail"]]
r = c.post("/signup", data={**good, "is_admin": "true"})
print("extra field:", r.status_code, [(e["type"], e["loc"]) for e in r.json()["detail"]])
assert r.json()["detail"][0]["type"] == "extra_forbidden"
r = c.post("/signup", json={**good, "terms": True})
print("same data as JSON:", r.status_code, r.json()["detail"][0]["type"])
assert r.status_code == 422
op = c.get("/openapi.json").json()
rb = op["paths"]["/signup"]["post"]["requestBody"]["content"]
print("docs: content", list(rb), "| fields:", list(op["components"]["schemas"]["SignupForm"]["properties"]))


class Prefs(BaseModel):
    newsletter: bool = True


p = FastAPI()


@p.post("/prefs")
async def prefs(form: Annotated[Prefs, Form()]):
    return form


r = TestClient(p).post("/prefs", data={"other": "x"})     # the browser sends nothing for an unticked box
print("unticked checkbox with a True default:", r.json())
assert r.json() == {"newsletter": True}
print("OK forms-pydantic-form-models")
