"""openapi-docs-pages-basics: a new app's three pages, the conditional 422, caching, and the file's configured app."""
from typing import Annotated

from fastapi import Depends, FastAPI, Query
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str


@app.get("/health")
def health():
    return {"ok": True}


def paging(limit: Annotated[int, Query()] = 10):
    return limit


@app.get("/items")
def items(limit: Annotated[int, Depends(paging)]):
    return []


@app.post("/items")
def create(item: Item):
    return JSONResponse({"something": "else"}, status_code=202)    # not in the docs


c = TestClient(app)
schema = c.get("/openapi.json").json()
print("openapi version:", schema["openapi"])
assert schema["openapi"].startswith("3.1")
docs, redoc = c.get("/docs").text, c.get("/redoc").text
print("/docs:", len(docs), "bytes of HTML; CDN:", "cdn.jsdelivr.net" in docs, "| fetches", "'/openapi.json'" in docs)
print("/redoc:", len(redoc), "bytes of HTML; CDN:", "cdn.jsdelivr.net" in redoc, "| fetches", '"/openapi.json"' in redoc)
assert "swagger-ui" in docs and "redoc" in redoc
print("responses per operation:", {f"{m.upper()} {p}": sorted(o["responses"]) for p, ops in schema["paths"].items()
                                   for m, o in ops.items()})
assert sorted(schema["paths"]["/health"]["get"]["responses"]) == ["200"]
assert "422" in schema["paths"]["/items"]["get"]["responses"]      # a parameter from a dependency
assert sorted(schema["paths"]["/items"]["post"]["responses"]) == ["200", "422"]   # the 202 JSONResponse is unknown
for code in ("4XX", "default"):
    a = FastAPI()
    @a.get("/x/{n}", responses={code: {"description": "errors"}})
    def x(n: int):
        return {}
    print(f"route that declares {code}: generated 422 present:", "422" in a.openapi()["paths"]["/x/{n}"]["get"]["responses"])
first = app.openapi()
assert app.openapi() is first
@app.get("/later")
def later():
    return {}
print("cached:", True, "| rebuilt after a route is added:", "/later" in app.openapi()["paths"])

# --- the file's code ---------------------------------------------------------------------------
app = FastAPI(
    title="Orders API",
    version="2.3.0",
    docs_url="/api/docs",            # move Swagger UI
    redoc_url=None,                  # switch ReDoc off
    openapi_url="/api/openapi.json", # move the schema; None turns off all three
)
# -----------------------------------------------------------------------------------------------
c = TestClient(app)
got = {p: c.get(p).status_code for p in ("/api/docs", "/api/openapi.json", "/docs", "/redoc", "/openapi.json")}
print("configured app:", got, "| /api/docs loads", "'/api/openapi.json'" in c.get("/api/docs").text)
assert got == {"/api/docs": 200, "/api/openapi.json": 200, "/docs": 404, "/redoc": 404, "/openapi.json": 404}
assert c.get("/api/openapi.json").json()["info"] == {"title": "Orders API", "version": "2.3.0"}
print("OK openapi-docs-pages-basics")
