# routing-trailing-slash-head-405-code-reading: the file's app, the four requests with redirects not followed,
# then following them, and redirect_slashes=False.
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str

@app.get("/items/{item_id}")
async def read_item(item_id: int):
    return {"item_id": item_id}

@app.post("/items", status_code=201)
async def create_item(item: Item):
    return item

from fastapi.testclient import TestClient

c = TestClient(app, follow_redirects=False)

r = c.get("/items/7/")
print("1 GET /items/7/   ", r.status_code, r.headers.get("location"), repr(r.content))
assert r.status_code == 307 and r.headers["location"] == "http://testserver/items/7" and r.content == b""
r = c.head("/items/7")
print("2 HEAD /items/7   ", r.status_code, "allow:", r.headers.get("allow"))
assert r.status_code == 405 and r.headers["allow"] == "GET"
r = c.delete("/items/7")
print("3 DELETE /items/7 ", r.status_code, "allow:", r.headers.get("allow"), r.json())
assert r.status_code == 405 and r.headers["allow"] == "GET" and r.json() == {"detail": "Method Not Allowed"}
r = c.post("/items/", json={"name": "pen"})
print("4 POST /items/    ", r.status_code, r.headers.get("location"))
assert r.status_code == 307 and r.headers["location"] == "http://testserver/items"

follow = TestClient(app, follow_redirects=True)
r1 = follow.get("/items/7/")
r4 = follow.post("/items/", json={"name": "pen"})
print("followed: 1 ->", r1.status_code, r1.json(), " 4 ->", r4.status_code, r4.json())
assert r1.json() == {"item_id": 7} and r4.status_code == 201 and r4.json() == {"name": "pen"}

route = [r for r in app.routes if getattr(r, "path", "") == "/items/{item_id}"][0]
print("APIRoute methods:", route.methods)
assert route.methods == {"GET"}
from starlette.routing import Route
print("Starlette Route methods for GET:", Route("/x", lambda r: None, methods=["GET"]).methods)

strict = FastAPI(redirect_slashes=False)
strict.router.routes.extend(app.router.routes)   # the same routes, on an app with redirect_slashes=False
c2 = TestClient(strict, follow_redirects=False)
s1, s4 = c2.get("/items/7/"), c2.post("/items/", json={"name": "pen"})
print("redirect_slashes=False: 1 ->", s1.status_code, " 4 ->", s4.status_code)
assert s1.status_code == 404 and s4.status_code == 404
print("OK routing-trailing-slash-head-405-code-reading")
