"""openapi-operation-ids-client-generation: default operation IDs, the file's tag_and_name rule, duplicate IDs,
app.routes with included routers, and Item-Input / Item-Output."""
import warnings

from fastapi import APIRouter, FastAPI
from pydantic import BaseModel, computed_field

app0 = FastAPI()


@app0.get("/items/")
def read_items():
    return []


@app0.post("/items")
def create_item():
    return {}


ids = [op["operationId"] for p in app0.openapi()["paths"].values() for op in p.values()]
print("default operation IDs:", ids)
assert ids == ["read_items_items__get", "create_item_items_post"]

# --- the file's code ---------------------------------------------------------------------------
from fastapi.routing import APIRoute

def tag_and_name(route: APIRoute) -> str:
    return f"{route.tags[0]}-{route.name}"

app = FastAPI(generate_unique_id_function=tag_and_name)
# -----------------------------------------------------------------------------------------------
router = APIRouter(prefix="/items", tags=["items"])


@router.post("")
def create_item():
    return {}


@router.get("/{item_id}", operation_id="getItem")
def read_item(item_id: int):
    return {}


app.include_router(router)
ids = [op["operationId"] for p in app.openapi()["paths"].values() for op in p.values()]
print("with tag_and_name:", ids)
assert ids == ["items-create_item", "getItem"]

# every operation tagged: walk the schema's operations
untagged = [(path, m) for path, item in app.openapi()["paths"].items() for m, op in item.items() if not op.get("tags")]
print("untagged operations:", untagged)
print("app.routes with an included router:", [type(r).__name__ for r in app.routes])
print("APIRoute objects in app.routes:", [r for r in app.routes if isinstance(r, APIRoute)])


try:
    @app.get("/untagged")
    def untagged_route():
        return {}
    print("route without tags accepted")
except IndexError as e:
    print("tag_and_name on a route without tags -> fails when the route is declared:", type(e).__name__, e)

# duplicate IDs: only a warning
dup = FastAPI()
r1, r2 = APIRouter(), APIRouter()


@r1.get("/a")
def same():
    return {}


@r2.get("/a")
def same():  # noqa: F811
    return {}


dup.include_router(r1, prefix="/v1")
dup.include_router(r2, prefix="/v1")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    s = dup.openapi()
print("duplicate IDs ->", [(x.category.__name__, str(x.message)[:60]) for x in w])
assert any("Duplicate Operation ID" in str(x.message) for x in w)


# Item-Input / Item-Output
class Item(BaseModel):
    price: float
    qty: int

    @computed_field
    @property
    def total(self) -> float:
        return self.price * self.qty


class Plain(BaseModel):
    name: str
    description: str | None = None


for sep in (True, False):
    a = FastAPI(separate_input_output_schemas=sep)

    @a.post("/items")
    def post_item(item: Item) -> Item:
        return item

    @a.post("/plain")
    def post_plain(p: Plain) -> Plain:
        return p

    print(f"separate_input_output_schemas={sep}: schemas", sorted(a.openapi()["components"]["schemas"]))
print("OK openapi-operation-ids-client-generation")
