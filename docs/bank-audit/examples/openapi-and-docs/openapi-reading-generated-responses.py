"""openapi-reading-generated-responses: the file's app as it stands; prints each operation's responses and checks
them against the answer's table."""
import json

from fastapi.testclient import TestClient

# --- the file's code ---------------------------------------------------------------------------
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class Item(BaseModel):
    name: str
    price: float

@app.get("/health")
def health():
    return {"ok": True}

@app.get("/items/{item_id}", response_model=Item)
def read_item(item_id: int):
    return {"name": "Lamp", "price": 20.0}

@app.post("/items", status_code=201)
def create_item(item: Item) -> Item:
    return item

@app.delete("/items/{item_id}", status_code=204, responses={404: {"description": "No such item"}})
def delete_item(item_id: int) -> None:
    return None

@app.get("/internal/metrics", include_in_schema=False)
def metrics():
    return {"requests": 0}
# -----------------------------------------------------------------------------------------------

c = TestClient(app)
s = c.get("/openapi.json").json()
for path, item in s["paths"].items():
    for method, op in item.items():
        print(f"{method.upper()} {path}: {json.dumps(op['responses'])}")
        if "requestBody" in op:
            print("   requestBody:", json.dumps(op["requestBody"]))
P = s["paths"]
ref = {"$ref": "#/components/schemas/Item"}
hve = {"$ref": "#/components/schemas/HTTPValidationError"}
assert list(P) == ["/health", "/items/{item_id}", "/items"]
assert P["/health"]["get"]["responses"] == {"200": {"description": "Successful Response",
                                                    "content": {"application/json": {"schema": {}}}}}
g = P["/items/{item_id}"]["get"]["responses"]
assert sorted(g) == ["200", "422"] and g["200"]["content"]["application/json"]["schema"] == ref
assert g["422"]["content"]["application/json"]["schema"] == hve
po = P["/items"]["post"]
assert sorted(po["responses"]) == ["201", "422"] and po["responses"]["201"]["content"]["application/json"]["schema"] == ref
assert po["requestBody"]["required"] is True and po["requestBody"]["content"]["application/json"]["schema"] == ref
d = P["/items/{item_id}"]["delete"]["responses"]
assert sorted(d) == ["204", "404", "422"] and d["204"] == {"description": "Successful Response"}
assert d["404"] == {"description": "No such item"}
print("components.schemas:", sorted(s["components"]["schemas"]))
assert sorted(s["components"]["schemas"]) == ["HTTPValidationError", "Item", "ValidationError"]
print("/internal/metrics still answers:", c.get("/internal/metrics").json(), "| docs routes answer:",
      c.get("/docs").status_code, c.get("/redoc").status_code)

# the pitfall: a route whose only dependency is OAuth2PasswordBearer
from typing import Annotated
from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer
oauth2 = OAuth2PasswordBearer(tokenUrl="token")

@app.get("/me")
def me(token: Annotated[str, Depends(oauth2)]):
    return {}
me_op = app.openapi()["paths"]["/me"]["get"]
print("GET /me with only OAuth2PasswordBearer: responses", sorted(me_op["responses"]), "| parameters:",
      me_op.get("parameters"), "| security:", me_op["security"])
assert sorted(me_op["responses"]) == ["200"]
print("OK openapi-reading-generated-responses")
