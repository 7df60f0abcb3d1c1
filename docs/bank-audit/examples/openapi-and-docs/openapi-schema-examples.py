"""openapi-schema-examples: the file's Item model and create_item with openapi_examples; where each example lands."""
import json
from typing import Annotated

from fastapi import Body, FastAPI, Query
from fastapi.testclient import TestClient
from pydantic import ValidationError

app = FastAPI()

# --- the file's code ---------------------------------------------------------------------------
from pydantic import BaseModel, ConfigDict, Field

class Item(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"name": "Desk lamp", "price": 24.9}]}
    )
    name: str = Field(examples=["Desk lamp"])
    price: float = Field(gt=0, examples=[24.9])

@app.post("/items")
def create_item(
    item: Annotated[Item, Body(openapi_examples={
        "minimal": {"summary": "Only required fields", "value": {"name": "Chair", "price": 49}},
        "invalid": {"summary": "Rejected: negative price", "value": {"name": "Chair", "price": -1}},
    })],
) -> Item: ...
# -----------------------------------------------------------------------------------------------


@app.get("/search")
def search(q: Annotated[str, Query(examples=["lamp", "desk"])]):
    return []


@app.put("/items/{n}")
def put_item(n: int, item: Annotated[Item, Body(examples=[{"name": "Stool", "price": 12}])]):
    return item


s = app.openapi()
comp = s["components"]["schemas"]
print("components/schemas/Item:", json.dumps(comp.get("Item") or comp.get("Item-Input")))
item_schema = comp.get("Item") or comp["Item-Input"]
assert item_schema["examples"] == [{"name": "Desk lamp", "price": 24.9}]
assert item_schema["properties"]["name"]["examples"] == ["Desk lamp"]
rb = s["paths"]["/items"]["post"]["requestBody"]["content"]["application/json"]
print("POST /items media type object:", json.dumps(rb))
assert set(rb["examples"]) == {"minimal", "invalid"} and "examples" not in rb["schema"]
q = s["paths"]["/search"]["get"]["parameters"][0]
print("Query(examples=[...]) ->", json.dumps(q))
assert q["schema"]["examples"] == ["lamp", "desk"]
put = s["paths"]["/items/{n}"]["put"]["requestBody"]["content"]["application/json"]
print("Body(examples=[...]) ->", json.dumps(put))
assert put["schema"]["examples"] == [{"name": "Stool", "price": 12}]

# examples are not validated
class Renamed(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"title": "Desk lamp", "price": -5}]})
    name: str
    price: float = Field(gt=0)

print("model with a stale example builds its schema fine:", Renamed.model_json_schema()["examples"])
for ex in Renamed.model_json_schema()["examples"]:
    try:
        Renamed.model_validate(ex)
    except ValidationError as e:
        print("the cheap test catches it:", [err["type"] for err in e.errors()])
r = TestClient(app).post("/items", json={"name": "Chair", "price": -1})
print("the 'invalid' named example sent for real ->", r.status_code)
print("OK openapi-schema-examples")
