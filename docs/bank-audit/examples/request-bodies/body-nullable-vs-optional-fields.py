# body-nullable-vs-optional-fields: the file's endpoint and its three bodies, the table, and the schema.
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class SignupIn(BaseModel):
    email: str
    nickname: str | None
    referral_code: str | None = None
    newsletter: bool = False

@app.post("/signups", status_code=201)
async def signup(body: SignupIn):
    return body.model_dump()

from fastapi.testclient import TestClient

c = TestClient(app)
r = c.post("/signups", json={"email": "ada@example.com"})
print("1:", r.status_code, r.json())
assert r.status_code == 422 and r.json() == {"detail": [{"type": "missing", "loc": ["body", "nickname"], "msg": "Field required", "input": {"email": "ada@example.com"}}]}
r = c.post("/signups", json={"email": "ada@example.com", "nickname": None})
print("2:", r.status_code, r.json())
assert r.status_code == 201 and r.json() == {"email": "ada@example.com", "nickname": None, "referral_code": None, "newsletter": False}
r = c.post("/signups", json={"email": "ada@example.com", "nickname": "ada", "newsletter": None})
print("3:", r.status_code, r.json())
e = r.json()["detail"][0]
assert r.status_code == 422 and e["type"] == "bool_type" and e["loc"] == ["body", "newsletter"] and e["msg"] == "Input should be a valid boolean"

# the table: omitted / null per field
base = {"email": "a@b.c", "nickname": "n"}
for field in ("email", "nickname", "referral_code", "newsletter"):
    omitted = {k: v for k, v in base.items() if k != field}
    nulled = {**base, field: None}
    print(f"{field:14} may be omitted: {c.post('/signups', json=omitted).status_code == 201!s:5}  may be null: {c.post('/signups', json=nulled).status_code == 201}")
s = c.get("/openapi.json").json()["components"]["schemas"]["SignupIn"]
print("schema required:", s["required"], "| nickname:", s["properties"]["nickname"])
assert s["required"] == ["email", "nickname"] and s["properties"]["nickname"]["anyOf"] == [{"type": "string"}, {"type": "null"}]
m = SignupIn(email="a", nickname=None)
print("model_dump(exclude_unset=True):", m.model_dump(exclude_unset=True))
print("OK body-nullable-vs-optional-fields")
