# resp-exclude-unset-defaults-none: the file's Listing endpoint (store.raw stubbed with the file's document)
# under each flag, the table's third column, the output schema, required-nullable, and nested models.
import types

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict


async def _raw(lid):
    return {"title": "Bike", "currency": "EUR"}

store = types.SimpleNamespace(raw=_raw)

# --- the file's code ---
class Listing(BaseModel):
    title: str
    subtitle: str | None = None
    currency: str = "EUR"
    tags: list[str] = []
# -----------------------


def app_with(**flags):
    app = FastAPI()

    @app.get("/listings/{lid}", response_model=Listing, **flags)
    async def get_listing(lid: int):
        return await store.raw(lid)   # {"title": "Bike", "currency": "EUR"}

    @app.get("/explicit", response_model=Listing, **flags)
    async def explicit():
        return {"title": "T", "subtitle": None, "currency": "EUR", "tags": []}   # every key set to its default

    return TestClient(app)


res = {}
for flag in ("response_model_exclude_unset", "response_model_exclude_defaults", "response_model_exclude_none"):
    c = app_with(**{flag: True})
    res[flag] = (c.get("/listings/1").json(), c.get("/explicit").json())
    print(f"{flag:34}", res[flag][0], "| every key set to its default:", res[flag][1])
assert res["response_model_exclude_unset"][0] == {"title": "Bike", "currency": "EUR"}
assert res["response_model_exclude_defaults"][0] == {"title": "Bike"}
assert res["response_model_exclude_none"][0] == {"title": "Bike", "currency": "EUR", "tags": []}
assert res["response_model_exclude_unset"][1] == {"title": "T", "subtitle": None, "currency": "EUR", "tags": []}
assert res["response_model_exclude_defaults"][1] == {"title": "T"}
assert res["response_model_exclude_none"][1] == {"title": "T", "currency": "EUR", "tags": []}

c = app_with(response_model_exclude_unset=True)
s = c.get("/openapi.json").json()["components"]["schemas"]["Listing"]
print("output schema required:", s["required"])
assert s["required"] == ["title"]


class Note(BaseModel):
    title: str
    note: str | None


class Strict(BaseModel):
    model_config = ConfigDict(json_schema_serialization_defaults_required=True)
    title: str
    currency: str = "EUR"


class Inner(BaseModel):
    x: int | None = None


class Outer(BaseModel):
    inner: Inner
    y: int | None = None


app = FastAPI()


@app.get("/note", response_model=Note, response_model_exclude_none=True)
async def note():
    return {"title": "T", "note": None}


@app.get("/strict", response_model=Strict, response_model_exclude_defaults=True)
async def strict():
    return {"title": "T"}


@app.get("/nested", response_model=Outer, response_model_exclude_none=True)
async def nested():
    return {"inner": {"x": None}, "y": None}


c = TestClient(app)
sch = c.get("/openapi.json").json()["components"]["schemas"]
print("required nullable note: schema required", sch["Note"]["required"], "| response", c.get("/note").json())
assert "note" in sch["Note"]["required"] and c.get("/note").json() == {"title": "T"}
print("defaults required in schema:", sch["Strict"]["required"], "| response", c.get("/strict").json())
assert sch["Strict"]["required"] == ["title", "currency"] and c.get("/strict").json() == {"title": "T"}
print("nested:", c.get("/nested").json())
assert c.get("/nested").json() == {"inner": {}}
print("input side, exclude_unset:", Listing.model_validate({"title": "x", "tags": []}).model_dump(exclude_unset=True))
print("OK resp-exclude-unset-defaults-none")
