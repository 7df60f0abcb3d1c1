# forms-empty-string-fields-code-reading: the file's endpoint and its three requests, then the follow-ups
# (a single space, a form model with a blank integer field).
from typing import Annotated
from fastapi import FastAPI, Form

app = FastAPI()

@app.post("/profile")
def update_profile(
    name: Annotated[str, Form()],
    nickname: Annotated[str, Form()] = "anonymous",
    age: Annotated[int | None, Form()] = None,
):
    return {"name": name, "nickname": nickname, "age": age}

from fastapi.testclient import TestClient
from pydantic import BaseModel

c = TestClient(app)
form = {"content-type": "application/x-www-form-urlencoded"}
r = c.post("/profile", content="name=Ada&nickname=&age=", headers=form)
print("1:", r.status_code, r.json())
assert r.status_code == 200 and r.json() == {"name": "Ada", "nickname": "anonymous", "age": None}
r = c.post("/profile", content="name=&nickname=Al&age=36", headers=form)
print("2:", r.status_code, r.json())
assert r.status_code == 422 and r.json() == {"detail": [{"type": "missing", "loc": ["body", "name"], "msg": "Field required", "input": None}]}
r = c.post("/profile", json={"name": "Ada"})
print("3:", r.status_code, r.json())
assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "name"] and r.json()["detail"][0]["type"] == "missing"
r = c.post("/profile", content="name=%20&age=7", headers=form)
print("name=%20:", r.json())
assert r.json()["name"] == " "


class Profile(BaseModel):
    name: str
    nickname: str = "anonymous"
    age: int | None = None


m = FastAPI()


@m.post("/profile")
def with_model(p: Annotated[Profile, Form()]):
    return p


r = TestClient(m).post("/profile", content="name=Ada&nickname=&age=", headers=form)
print("form model, same body as 1:", r.status_code, r.json())
assert r.status_code == 422 and r.json()["detail"][0]["type"] == "int_parsing"
r = TestClient(m).post("/profile", content="name=Ada&nickname=", headers=form)
print("form model, nickname= :", r.json())
assert r.json()["nickname"] == ""
print("OK forms-empty-string-fields-code-reading")
