"""openapi-additional-responses: the file's PUT /items/{item_id} with responses=, its schema and its behaviour."""
import json

from fastapi import APIRouter, FastAPI, HTTPException
from fastapi.responses import FileResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel


class Item(BaseModel):
    name: str
    version: int


class ItemUpdate(BaseModel):
    name: str
    version: int


class repo:
    items = {1: Item(name="Lamp", version=3)}

    @classmethod
    def get(cls, item_id):
        return cls.items.get(item_id)


app = FastAPI()

# --- the file's code ---------------------------------------------------------------------------
class ErrorOut(BaseModel):
    detail: str

COMMON_ERRORS = {404: {"model": ErrorOut, "description": "Item not found"}}

@app.put(
    "/items/{item_id}",
    response_model=Item,
    responses={
        **COMMON_ERRORS,
        409: {"model": ErrorOut, "description": "Version conflict, reload and retry"},
        200: {"content": {"image/png": {}}, "description": "The item, or its picture when Accept is image/png"},
    },
)
def update_item(item_id: int, body: ItemUpdate) -> Item | FileResponse:
    item = repo.get(item_id)
    if item is None:
        raise HTTPException(status_code=404, detail="Item not found")
    if item.version != body.version:
        raise HTTPException(status_code=409, detail="Version conflict")
    ...
# -----------------------------------------------------------------------------------------------

op = app.openapi()["paths"]["/items/{item_id}"]["put"]
resp = op["responses"]
print("documented status codes:", sorted(resp))
print("200:", json.dumps(resp["200"]))
print("404:", json.dumps(resp["404"]))
assert sorted(resp) == ["200", "404", "409", "422"]
assert resp["200"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Item"}
assert "image/png" in resp["200"]["content"]
assert resp["200"]["description"].startswith("The item, or its picture")
assert resp["404"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/ErrorOut"}
assert resp["409"]["description"] == "Version conflict, reload and retry"

c = TestClient(app)
r = c.put("/items/2", json={"name": "x", "version": 1})
print("PUT /items/2 ->", r.status_code, r.json())
assert r.status_code == 404 and ErrorOut.model_validate(r.json())
r = c.put("/items/1", json={"name": "x", "version": 1})
print("PUT /items/1 with an old version ->", r.status_code, r.json())
assert r.status_code == 409

# documentation only: a route that documents 404 but never raises it, and answers 404 with another shape
from fastapi.responses import JSONResponse
@app.get("/docs-only/{n}", responses={404: {"model": ErrorOut}})
def docs_only(n: int):
    if n == 0:
        return JSONResponse({"code": "E1", "message": "nope"}, status_code=404)   # not validated against ErrorOut
    return {"n": n}
r = c.get("/docs-only/0")
print("documented 404 model is not enforced ->", r.status_code, r.json())
assert r.json() == {"code": "E1", "message": "nope"}

# a route with no parameters and no body gets no 422; declaring 422 replaces the generated one
@app.get("/plain")
def plain():
    return {}
@app.get("/own422/{n}", responses={422: {"description": "Our own"}})
def own(n: int):
    return {}
paths = app.openapi()["paths"]
print("no parameters, no body ->", sorted(paths["/plain"]["get"]["responses"]))
print("own 422 ->", paths["/own422/{n}"]["get"]["responses"]["422"])
assert sorted(paths["/plain"]["get"]["responses"]) == ["200"]
assert paths["/own422/{n}"]["get"]["responses"]["422"] == {"description": "Our own"}

# shared entries on the router and in include_router, combined with per-route ones
router = APIRouter(responses={401: {"description": "Not signed in"}})
@router.get("/r/{n}", responses={404: {"description": "Missing"}})
def r_(n: int):
    return {}
app2 = FastAPI()
app2.include_router(router, responses={403: {"description": "Forbidden"}})
print("router + include_router + route ->", sorted(app2.openapi()["paths"]["/r/{n}"]["get"]["responses"]))
assert sorted(app2.openapi()["paths"]["/r/{n}"]["get"]["responses"]) == ["200", "401", "403", "404", "422"]
print("OK openapi-additional-responses")
