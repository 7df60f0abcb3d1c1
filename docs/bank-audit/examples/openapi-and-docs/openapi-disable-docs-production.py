"""openapi-disable-docs-production: the table of switches, the settings-driven openapi_url (including the empty
OPENAPI_URL), and the staff-only docs routes."""
import os
import secrets
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.security import HTTPBasic, HTTPBasicCredentials
from fastapi.testclient import TestClient
from pydantic_settings import BaseSettings


def pages(app):
    c = TestClient(app)
    return {p: c.get(p).status_code for p in ("/openapi.json", "/docs", "/redoc")}


table = {
    "docs_url=None": pages(FastAPI(docs_url=None)),
    "redoc_url=None": pages(FastAPI(redoc_url=None)),
    "openapi_url=None": pages(FastAPI(openapi_url=None)),
}
for k, v in table.items():
    print(f"{k:18} {v}")
assert table["docs_url=None"] == {"/openapi.json": 200, "/docs": 404, "/redoc": 200}
assert table["redoc_url=None"] == {"/openapi.json": 200, "/docs": 200, "/redoc": 404}
assert table["openapi_url=None"] == {"/openapi.json": 404, "/docs": 404, "/redoc": 404}

# --- the file's code ---------------------------------------------------------------------------
class Settings(BaseSettings):
    openapi_url: str | None = "/openapi.json"

settings = Settings()
app = FastAPI(openapi_url=settings.openapi_url)
# -----------------------------------------------------------------------------------------------
print("OPENAPI_URL unset ->", repr(settings.openapi_url), pages(app))

os.environ["OPENAPI_URL"] = ""
settings = Settings()
app = FastAPI(openapi_url=settings.openapi_url)
print("OPENAPI_URL= (empty) ->", repr(settings.openapi_url), pages(app))
assert settings.openapi_url == "" and pages(app) == {"/openapi.json": 404, "/docs": 404, "/redoc": 404}
del os.environ["OPENAPI_URL"]

security = HTTPBasic()


def require_staff(creds: Annotated[HTTPBasicCredentials, Depends(security)]):
    if not secrets.compare_digest(creds.password, "staff-pass"):
        raise HTTPException(401, headers={"WWW-Authenticate": "Basic"})

# --- the file's code ---------------------------------------------------------------------------
app = FastAPI(openapi_url=None)

@app.get("/internal/openapi.json", include_in_schema=False, dependencies=[Depends(require_staff)])
def internal_schema():
    return app.openapi()

@app.get("/internal/docs", include_in_schema=False, dependencies=[Depends(require_staff)])
def internal_docs():
    return get_swagger_ui_html(openapi_url="/internal/openapi.json", title="Internal API")
# -----------------------------------------------------------------------------------------------

@app.get("/orders")
def orders():
    return []


@app.get("/admin/reindex", include_in_schema=False)
def reindex():
    return {"ok": True}


c = TestClient(app)
print("public pages:", pages(app))
print("/internal/docs without credentials ->", c.get("/internal/docs").status_code)
assert c.get("/internal/docs").status_code == 401
r = c.get("/internal/docs", auth=("staff", "staff-pass"))
print("/internal/docs as staff ->", r.status_code, "| page loads /internal/openapi.json:",
      "'/internal/openapi.json'" in r.text)
r = c.get("/internal/openapi.json", auth=("staff", "staff-pass"))
print("/internal/openapi.json as staff -> paths", list(r.json()["paths"]))
assert list(r.json()["paths"]) == ["/orders"]
print("hidden route still answers:", c.get("/admin/reindex").json())
print("hidden docs, endpoint still reachable:", c.get("/orders").status_code)
print("OK openapi-disable-docs-production")
