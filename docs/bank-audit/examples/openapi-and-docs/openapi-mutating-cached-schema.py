"""openapi-mutating-cached-schema: the file's per-tenant endpoint as it stands, then its fix."""
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient


def build_buggy():
    # --- the file's code (buggy) -----------------------------------------------------------------
    app = FastAPI(openapi_url=None)        # the default schema route is replaced below

    @app.get("/openapi.json", include_in_schema=False)
    def tenant_openapi(request: Request):
        tenant = request.headers.get("x-tenant", "public")
        schema = app.openapi()
        schema.setdefault("servers", []).append({"url": f"https://{tenant}.api.example.com"})
        schema["info"]["title"] = f"Orders API for {tenant}"
        return schema
    # ---------------------------------------------------------------------------------------------
    return app


def build_fixed():
    app = FastAPI(openapi_url=None)
    # --- the file's fix ----------------------------------------------------------------------------
    KNOWN_TENANTS = {"acme", "globex", "public"}

    @app.get("/openapi.json", include_in_schema=False)
    def tenant_openapi(request: Request):
        tenant = request.headers.get("x-tenant", "public")
        if tenant not in KNOWN_TENANTS:
            tenant = "public"
        base = app.openapi()
        return {
            **base,
            "servers": [{"url": f"https://{tenant}.api.example.com"}],
            "info": {**base["info"], "title": f"Orders API for {tenant}"},
        }
    # ---------------------------------------------------------------------------------------------
    return app


for name, build in (("buggy", build_buggy), ("fixed", build_fixed)):
    app = build()

    @app.get("/orders")
    def orders():
        return []

    c = TestClient(app)
    for t in ["acme", "globex", "acme", "evil.attacker"]:
        c.get("/openapi.json", headers={"x-tenant": t})
    r = c.get("/openapi.json", headers={"x-tenant": "acme"}).json()
    print(f"{name}: acme's 5th response: title={r['info']['title']!r}, servers={[s['url'] for s in r['servers']]}")
    print(f"{name}: the cache app.openapi_schema now has servers:", app.openapi_schema.get("servers"),
          "| title:", app.openapi_schema["info"]["title"])
    if name == "buggy":
        assert len(r["servers"]) == 5 and "https://globex.api.example.com" in [s["url"] for s in r["servers"]]
        assert app.openapi() is app.openapi_schema and app.openapi_schema["info"]["title"] == "Orders API for acme"
    else:
        assert r["servers"] == [{"url": "https://acme.api.example.com"}] and "servers" not in app.openapi_schema
        assert app.openapi_schema["info"]["title"] == "FastAPI"
        evil = c.get("/openapi.json", headers={"x-tenant": "evil.attacker"}).json()
        assert evil["servers"] == [{"url": "https://public.api.example.com"}]
    print(f"{name}: /docs ->", c.get("/docs").status_code)
print("OK openapi-mutating-cached-schema")
