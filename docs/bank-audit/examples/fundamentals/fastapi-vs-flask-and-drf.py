# fastapi-vs-flask-and-drf: the file's endpoint; conversion, 422 for "abc", max_length on q, docs pages.
from typing import Annotated
from fastapi import FastAPI, Query

app = FastAPI()

@app.get("/items/{item_id}")
async def read_item(item_id: int, q: Annotated[str | None, Query(max_length=50)] = None):
    return {"item_id": item_id, "q": q}   # "abc" as item_id gets a 422 with a clear error

from fastapi.testclient import TestClient

c = TestClient(app)
r = c.get("/items/42", params={"q": "pen"})
print(r.status_code, r.json())
assert r.json() == {"item_id": 42, "q": "pen"}
r = c.get("/items/abc")
print(r.status_code, r.json())
assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["path", "item_id"]
assert r.json()["detail"][0]["type"] == "int_parsing"
r = c.get("/items/1", params={"q": "x" * 51})
print(r.status_code, r.json()["detail"][0]["type"])
assert r.status_code == 422 and r.json()["detail"][0]["type"] == "string_too_long"
for page in ("/docs", "/redoc", "/openapi.json"):
    assert c.get(page).status_code == 200, page
q = c.get("/openapi.json").json()["paths"]["/items/{item_id}"]["get"]["parameters"]
print("openapi parameters:", q)
assert q[1]["schema"]["anyOf"][0] == {"type": "string", "maxLength": 50}
print("OK fastapi-vs-flask-and-drf")
