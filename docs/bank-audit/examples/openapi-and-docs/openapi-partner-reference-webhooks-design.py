"""openapi-partner-reference-webhooks-design: the file's webhook declaration, a callbacks= router with a runtime
expression, include_in_schema=False, a mounted internal app, and the OpenAPI version."""
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, FastAPI, Header
from fastapi.testclient import TestClient
from pydantic import BaseModel


class OrderShipped(BaseModel):
    event_id: str
    order_id: int


app = FastAPI(title="Partner API")

# --- the file's code ---------------------------------------------------------------------------
@app.webhooks.post("order.shipped")
def order_shipped(
    body: OrderShipped,
    x_signature: Annotated[str, Header(description="HMAC-SHA256 of the raw body")],
):
    """Sent once per shipment. Retried with backoff for 24 h until you answer 2xx."""
# -----------------------------------------------------------------------------------------------

print("app.webhooks is an", type(app.webhooks).__name__)


class ExportIn(BaseModel):
    callback_url: str


callbacks = APIRouter()


@callbacks.post("{$request.body#/callback_url}")
def export_done(body: OrderShipped):
    pass


@app.post("/exports", callbacks=callbacks.routes)
def start_export(body: ExportIn):
    return {"ok": True}


admin = APIRouter(prefix="/admin", include_in_schema=False)


@admin.get("/stats")
def stats():
    return {}


app.include_router(admin)

started = []


@asynccontextmanager
async def internal_lifespan(a):
    started.append("internal lifespan")
    yield

internal = FastAPI(title="Internal API", lifespan=internal_lifespan)


@internal.get("/refunds")
def refunds():
    return []


app.mount("/internal", internal)

s = app.openapi()
wh = s["webhooks"]["order.shipped"]["post"]
print("openapi:", s["openapi"])
print("webhooks:", list(s["webhooks"]), "| header param:", [(p["name"], p["in"], p["description"]) for p in wh["parameters"]])
print("webhook description:", wh["description"])
print("callbacks on /exports:", {k: list(v) for k, v in s["paths"]["/exports"]["post"]["callbacks"].items()})
print("paths:", list(s["paths"]))
assert s["openapi"].startswith("3.1") and "order.shipped" in s["webhooks"]
assert "order.shipped" not in str(list(s["paths"])) and "/admin/stats" not in s["paths"]
assert "{$request.body#/callback_url}" in s["paths"]["/exports"]["post"]["callbacks"]["export_done"]
with TestClient(app) as c:
    print("POST order.shipped is not a route:", c.post("/order.shipped").status_code)
    print("internal docs:", c.get("/internal/docs").status_code, list(c.get("/internal/openapi.json").json()["paths"]))
    print("mounted app's lifespan ran:", started)
assert started == []
print("OK openapi-partner-reference-webhooks-design")
