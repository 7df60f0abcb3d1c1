# field-and-model-validators: the file's SignUp as a body; normalising, the age rule, the cross-field rule and
# the 422 entries; then the pitfalls (missing return in after/before mode, assert, PydanticCustomError,
# ValidationInfo.data, validators running outside HTTP).
from datetime import date, timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient

# --- the file's code ---
from datetime import date
from typing import Any
from pydantic import BaseModel, Field, field_validator, model_validator

class SignUp(BaseModel):
    username: str = Field(min_length=3, max_length=30)
    password: str = Field(min_length=12)
    password_confirm: str
    birth_date: date

    @field_validator("username", mode="before")
    @classmethod
    def normalise_username(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("birth_date")              # mode="after" is the default
    @classmethod
    def old_enough(cls, value: date) -> date:
        today = date.today()
        age = today.year - value.year - ((today.month, today.day) < (value.month, value.day))
        if age < 16:
            raise ValueError("must be at least 16 years old")
        return value

    @model_validator(mode="after")
    def passwords_match(self) -> "SignUp":
        if self.password != self.password_confirm:
            raise ValueError("passwords do not match")
        return self
# -----------------------

app = FastAPI()


@app.post("/signup")
async def signup(body: SignUp):
    return body.model_dump(mode="json")


c = TestClient(app)
ok = {"username": "  Ada_L  ", "password": "correct horse", "password_confirm": "correct horse", "birth_date": "1990-05-01"}
r = c.post("/signup", json=ok)
print("valid:", r.status_code, r.json())
assert r.json()["username"] == "ada_l"
today = date.today()
young = date(today.year - 15, today.month, min(today.day, 28)).isoformat()
r = c.post("/signup", json={**ok, "birth_date": young})
print("15 years old:", r.json()["detail"])
e = r.json()["detail"][0]
assert e["type"] == "value_error" and e["msg"] == "Value error, must be at least 16 years old" and e["loc"] == ["body", "birth_date"]
r = c.post("/signup", json={**ok, "password_confirm": "something else"})
print("mismatch:", r.json()["detail"])
assert r.json()["detail"][0]["loc"] == ["body"]
r = c.post("/signup", json={**ok, "birth_date": young, "password_confirm": "x"})
print("young and mismatch:", [(e["loc"], e["msg"]) for e in r.json()["detail"]], "(model validator needs all fields valid)")


class NoReturnAfter(BaseModel):
    nickname: str | None = None

    @field_validator("nickname")
    @classmethod
    def check(cls, v):
        v.strip()            # forgot to return


class NoReturnBefore(BaseModel):
    username: str

    @field_validator("username", mode="before")
    @classmethod
    def norm(cls, v):
        v.strip().lower()    # forgot to return


print("after mode, no return:", NoReturnAfter(nickname="ada"))
assert NoReturnAfter(nickname="ada").nickname is None
try:
    NoReturnBefore(username="Ada")
except Exception as ex:
    print("before mode, no return:", ex.errors()[0]["type"])
    assert ex.errors()[0]["type"] == "string_type"

from pydantic import ValidationInfo
from pydantic_core import PydanticCustomError


class Other(BaseModel):
    a: int
    password: str
    password_confirm: str

    @field_validator("a")
    @classmethod
    def by_assert(cls, v):
        assert v > 0, "must be positive"
        return v

    @field_validator("password")
    @classmethod
    def custom(cls, v):
        if v == "password":
            raise PydanticCustomError("weak_password", "password is on the common list")
        return v

    @field_validator("password_confirm")
    @classmethod
    def same(cls, v, info: ValidationInfo):
        if "password" in info.data and v != info.data["password"]:
            raise ValueError("passwords do not match")
        return v


o = FastAPI()


@o.post("/o")
async def oo(b: Other):
    return {}


r = TestClient(o).post("/o", json={"a": 0, "password": "password", "password_confirm": "nope"})
print("assert / custom / info.data:", [(e["type"], e["loc"], e["msg"]) for e in r.json()["detail"]])
types = [e["type"] for e in r.json()["detail"]]
assert types[0] == "assertion_error" and types[1] == "weak_password"
r = TestClient(o).post("/o", json={"a": 1, "password": "s3cret-long", "password_confirm": "nope"})
print("ValidationInfo.data puts the error on the field:", r.json()["detail"][0]["loc"])
assert r.json()["detail"][0]["loc"] == ["body", "password_confirm"]

try:
    SignUp(username="ada", password="x" * 12, password_confirm="x" * 12, birth_date=young)
except Exception as ex:
    print("validators run outside HTTP too:", type(ex).__name__)
print("OK field-and-model-validators")
