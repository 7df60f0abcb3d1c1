"""openapi-custom-schema-override: the declarative options from the table, the file's custom_openapi, and the
caching/timing pitfalls, compared with the built-in app.openapi()."""
from fastapi import FastAPI
from fastapi.testclient import TestClient

app = FastAPI(title="Shop", version="1.0", servers=[{"url": "https://api.example.com"}])


@app.get("/payments/{pid}", openapi_extra={"x-owner": "payments", "responses": {"200": {"x-cache": "no"}}})
def payment(pid: int):
    return {}


@app.get("/internal/ping", include_in_schema=False)
def internal():
    return {}

# --- the file's code ---------------------------------------------------------------------------
from fastapi.openapi.utils import get_openapi

def custom_openapi() -> dict:
    if app.openapi_schema:                      # cached after the first call
        return app.openapi_schema
    schema = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
        servers=app.servers,
    )
    schema["info"]["x-logo"] = {"url": "https://cdn.example.com/logo.png"}
    app.openapi_schema = schema
    return schema

app.openapi = custom_openapi
# -----------------------------------------------------------------------------------------------

s = TestClient(app).get("/openapi.json").json()
op = s["paths"]["/payments/{pid}"]["get"]
print("info:", s["info"])
print("servers:", s["servers"])
print("openapi_extra on the operation:", op["x-owner"], "| deep-merged into responses.200:",
      sorted(op["responses"]["200"]))
print("paths:", list(s["paths"]))
assert s["info"]["x-logo"] and s["servers"] == [{"url": "https://api.example.com"}]
assert op["x-owner"] == "payments" and {"x-cache", "description", "content"} <= set(op["responses"]["200"])
assert "/internal/ping" not in s["paths"]
assert custom_openapi() is custom_openapi()     # cached

# routes added after the first call: frozen with the custom function ...
@app.get("/late")
def late():
    return {}
print("custom override, route added after first use -> /late listed:", "/late" in app.openapi()["paths"])
assert "/late" not in app.openapi()["paths"]

# ... while the built-in method notices the change and rebuilds
app2 = FastAPI()
@app2.get("/a")
def a():
    return {}
first = app2.openapi()
assert app2.openapi() is first                  # cached while routes are unchanged
@app2.get("/b")
def b():
    return {}
print("built-in app.openapi(), route added after first use -> /b listed:", "/b" in app2.openapi()["paths"])
assert "/b" in app2.openapi()["paths"]

# forgetting parameters: openapi_tags passed to FastAPI() vanish from a hand-made get_openapi call
app3 = FastAPI(openapi_tags=[{"name": "orders", "description": "Orders"}])
print("built-in has tags:", "tags" in app3.openapi(),
      "| hand-made get_openapi(title, version, routes) has tags:",
      "tags" in get_openapi(title=app3.title, version=app3.version, routes=app3.routes))

# a mounted sub-application keeps its own schema
sub = FastAPI()
@sub.get("/x")
def x():
    return {}
app.mount("/sub", sub)
print("mounted app's own schema:", list(TestClient(app).get("/sub/openapi.json").json()["paths"]),
      "| in the parent's:", "/sub/x" in app.openapi()["paths"])
print("OK openapi-custom-schema-override")
