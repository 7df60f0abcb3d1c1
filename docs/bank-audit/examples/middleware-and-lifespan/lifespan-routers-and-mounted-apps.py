# lifespan-routers-and-mounted-apps: the question's app under `with TestClient(app)`, capturing what it prints,
# then the suggested fix of entering the admin lifespan from the main one.
import contextlib
import io
from contextlib import AsyncExitStack

from fastapi.testclient import TestClient

out = io.StringIO()
with contextlib.redirect_stdout(out):
    # --- the question's code ---
    from contextlib import asynccontextmanager
    from fastapi import APIRouter, FastAPI, Request

    @asynccontextmanager
    async def app_lifespan(app):
        print("app start")
        yield {"db": "app-db", "region": "eu"}
        print("app stop")

    @asynccontextmanager
    async def reports_lifespan(app):
        print("reports start")
        yield {"region": "us", "cache": "reports-cache"}
        print("reports stop")

    @asynccontextmanager
    async def admin_lifespan(app):
        print("admin start")
        yield {"admin_token": "secret"}
        print("admin stop")

    reports = APIRouter(prefix="/reports", lifespan=reports_lifespan)

    @reports.get("/state")
    def report_state(request: Request):
        s = request.state
        return {"db": s.db, "region": s.region, "cache": s.cache}

    admin = FastAPI(lifespan=admin_lifespan)

    @admin.get("/ping")
    def ping(request: Request):
        return {"token": request.state.admin_token}

    app = FastAPI(lifespan=app_lifespan)
    app.include_router(reports)
    app.mount("/admin", admin)
    # --- end ---

    @admin.get("/db")                   # added: the parent's state is visible under the mount
    def admin_db(request: Request):
        return {"db": request.state.db}

    with TestClient(app) as client:
        print("-- serving")
        r_state = client.get("/reports/state")
        r_db = client.get("/admin/db")
        try:
            client.get("/admin/ping")
            ping_error = None
        except AttributeError as exc:
            ping_error = exc
        r_ping = TestClient(app, raise_server_exceptions=False).get("/admin/ping")
        print("-- stopping")

printed = out.getvalue().splitlines()
print("printed:", printed)
assert printed == ["app start", "reports start", "-- serving", "-- stopping", "reports stop", "app stop"]
print("/reports/state:", r_state.status_code, r_state.json())
assert r_state.status_code == 200 and r_state.json() == {"db": "app-db", "region": "eu", "cache": "reports-cache"}
print("/admin/ping under TestClient:", repr(ping_error), "| with raise_server_exceptions=False:", r_ping.status_code,
      r_ping.text)
assert str(ping_error) == "'State' object has no attribute 'admin_token'"
assert r_ping.status_code == 500 and r_ping.text == "Internal Server Error"
print("/admin/db (parent's state):", r_db.json())
assert r_db.json() == {"db": "app-db"}


# the fix for a mounted app: enter its lifespan from the main one
@asynccontextmanager
async def fixed_lifespan(app):
    async with AsyncExitStack() as stack:
        state = await stack.enter_async_context(app_lifespan(app))
        admin_state = await stack.enter_async_context(admin_lifespan(admin))
        yield {**state, **admin_state}


fixed = FastAPI(lifespan=fixed_lifespan)
fixed.include_router(reports)
fixed.mount("/admin", admin)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    with TestClient(fixed) as client:
        r = client.get("/admin/ping")
print("fixed: printed", out.getvalue().splitlines(), "| /admin/ping:", r.json())
assert r.json() == {"token": "secret"} and "admin start" in out.getvalue() and "admin stop" in out.getvalue()
print("OK lifespan-routers-and-mounted-apps")
