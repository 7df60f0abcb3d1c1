# header-and-cookie-parameters: the file's /whoami; name conversion, case, repeated headers, cookies, missing
# values, int conversion, convert_underscores=False, and a header model.
from typing import Annotated
from fastapi import Cookie, FastAPI, Header

app = FastAPI()

@app.get("/whoami")
async def whoami(
    x_request_id: Annotated[str, Header()],                 # required, read from X-Request-ID
    user_agent: Annotated[str | None, Header()] = None,     # User-Agent, optional
    x_feature: Annotated[list[str], Header()] = [],         # every copy of a repeated header
    session_id: Annotated[str | None, Cookie()] = None,
):
    return {"id": x_request_id, "agent": user_agent, "features": x_feature, "session": session_id}

import httpx
from pydantic import BaseModel
from fastapi.testclient import TestClient

c = TestClient(app)
hdrs = httpx.Headers([("X-Request-ID", "r-1"), ("User-Agent", "probe/2"), ("X-Feature", "a"), ("X-Feature", "b")])
c.cookies.set("session_id", "s-9")
r = c.get("/whoami", headers=hdrs)
print(r.status_code, r.json())
assert r.json() == {"id": "r-1", "agent": "probe/2", "features": ["a", "b"], "session": "s-9"}
c.cookies.clear()
r = c.get("/whoami", headers={"x-request-id": "lower"})
print("lower-case name, no cookie:", r.json())
assert r.json()["id"] == "lower" and r.json()["session"] is None and r.json()["features"] == []
r = c.get("/whoami")
print("missing:", r.status_code, r.json()["detail"])
assert r.status_code == 422 and r.json()["detail"][0]["type"] == "missing" and r.json()["detail"][0]["loc"] == ["header", "x-request-id"]
r = c.get("/whoami", headers={"x_request_id": "underscored"})
print("sent as x_request_id:", r.status_code)
assert r.status_code == 422
c.cookies.set("Session_Id", "wrong-case")
print("cookie with other case:", c.get("/whoami", headers={"x-request-id": "1"}).json()["session"])
assert c.get("/whoami", headers={"x-request-id": "1"}).json()["session"] is None
c.cookies.clear()


@app.get("/plain")
async def plain(x_token: str | None = None):
    return {"x_token": x_token}


print("no marker, header sent:", c.get("/plain", headers={"x-token": "h"}).json(), "| as query:", c.get("/plain?x_token=q").json())
assert c.get("/plain", headers={"x-token": "h"}).json() == {"x_token": None}


@app.get("/num")
async def num(x_count: Annotated[int, Header()]):
    return x_count


r = c.get("/num", headers={"x-count": "abc"})
print("int header abc:", r.status_code, r.json()["detail"][0]["type"])
assert r.status_code == 422 and c.get("/num", headers={"x-count": "3"}).json() == 3


@app.get("/raw-name")
async def raw_name(x_under: Annotated[str | None, Header(convert_underscores=False)] = None):
    return x_under


print("convert_underscores=False: x_under ->", c.get("/raw-name", headers={"x_under": "u"}).json(),
      "| x-under ->", c.get("/raw-name", headers={"x-under": "h"}).json())


@app.get("/single")
async def single(x_feature: Annotated[str | None, Header()] = None):
    return x_feature


print("repeated header into str:", c.get("/single", headers=httpx.Headers([("X-Feature", "a"), ("X-Feature", "b")])).json())


class Common(BaseModel):
    x_request_id: str
    user_agent: str | None = None


@app.get("/model")
async def model(h: Annotated[Common, Header()]):
    return h


r = c.get("/model", headers={"x-request-id": "m-1", "user-agent": "ua"})
print("header model:", r.json())
assert r.json() == {"x_request_id": "m-1", "user_agent": "ua"}
print("OK header-and-cookie-parameters")
