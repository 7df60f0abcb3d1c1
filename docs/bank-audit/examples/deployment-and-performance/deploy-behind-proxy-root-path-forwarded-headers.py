"""deploy-behind-proxy-root-path-forwarded-headers: the file's shell line uses `fastapi run`, and fastapi-cli is not
installed, so its settings are given to Uvicorn itself (uvicorn.Config: forwarded_allow_ips, root_path), which is
what `fastapi run` passes them to. A real Uvicorn on a free 127.0.0.1 port plays the app; this script plays the
proxy by sending X-Forwarded-* headers from 127.0.0.1, which stands for the proxy's address.
1. Forwarded headers: untrusted peer (forwarded_allow_ips="10.0.2.15") -> scheme http, client is the proxy, the
   slash redirect points to http://; trusted (a literal, a CIDR range, "*") -> https and the real client IP; an
   RFC 7239 Forwarded header alone is ignored.
2. root_path given to Uvicorn: the stripped path /items is served, the docs page asks for /api/v1/openapi.json,
   the schema's servers entry is /api/v1 (root_path_in_servers=False drops it), request.scope["root_path"];
   /api/v1/items is not served, and neither is /api/v1/openapi.json when called directly.
3. The answer's alternative, FastAPI(root_path="/api/v1"), as it stands: same docs and servers entry, but
   Starlette also strips a matching prefix from the incoming path, so /api/v1/items is served too."""
import socket
import threading
import time

import httpx
import uvicorn
from fastapi import FastAPI, Request


def make_app(**kwargs):
    app = FastAPI(**kwargs)

    @app.get("/items/")
    def items(request: Request):
        return {"scheme": request.url.scheme, "client": request.client.host,
                "root_path": request.scope["root_path"], "url": str(request.url_for("items"))}

    return app


def serve(app, **config):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, http="h11", log_level="critical", **config))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    return server, thread, f"http://127.0.0.1:{sock.getsockname()[1]}"


def stop(server, thread):
    server.should_exit = True
    thread.join(5)


proxy = {"x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.7"}
print("Uvicorn defaults: proxy_headers", uvicorn.Config("m:app").proxy_headers,
      "forwarded_allow_ips", uvicorn.Config("m:app").forwarded_allow_ips)
assert uvicorn.Config("m:app").proxy_headers is True and uvicorn.Config("m:app").forwarded_allow_ips == "127.0.0.1"

# 1. forwarded headers
results = {}
for allow in ("10.0.2.15", "127.0.0.1", "127.0.0.0/8", "*"):
    server, thread, base = serve(make_app(), forwarded_allow_ips=allow)
    try:
        body = httpx.get(base + "/items/", headers=proxy).json()
        redirect = httpx.get(base + "/items", headers=proxy).headers["location"]
        results[allow] = (body["scheme"], body["client"], redirect.split(":")[0])
        if allow == "127.0.0.1":
            rfc = httpx.get(base + "/items/", headers={"forwarded": "for=203.0.113.7;proto=https"}).json()
            results["Forwarded header only"] = (rfc["scheme"], rfc["client"], "-")
    finally:
        stop(server, thread)
for k, v in results.items():
    print(f"forwarded_allow_ips={k!r:25} scheme={v[0]:5} client={v[1]:12} slash redirect to {v[2]}://")
assert results["10.0.2.15"] == ("http", "127.0.0.1", "http")
assert results["127.0.0.1"] == results["127.0.0.0/8"] == results["*"] == ("https", "203.0.113.7", "https")
assert results["Forwarded header only"][:2] == ("http", "127.0.0.1")

# 2. root_path given to Uvicorn (what --root-path does)
server, thread, base = serve(make_app(), root_path="/api/v1")
try:
    items = httpx.get(base + "/items/").json()
    docs = httpx.get(base + "/docs").text
    servers = httpx.get(base + "/openapi.json").json().get("servers")
    prefixed = httpx.get(base + "/api/v1/items/").status_code
    direct_schema = httpx.get(base + "/api/v1/openapi.json").status_code
finally:
    stop(server, thread)
print("Uvicorn root_path: /items/ ->", items, "| servers:", servers, "| /api/v1/items/ ->", prefixed,
      "| /api/v1/openapi.json called directly ->", direct_schema)
assert items["root_path"] == "/api/v1" and items["url"].endswith("/api/v1/items/")
assert "url: '/api/v1/openapi.json'" in docs and servers == [{"url": "/api/v1"}]
assert prefixed == 404 and direct_schema == 404

server, thread, base = serve(make_app(root_path_in_servers=False), root_path="/api/v1")
try:
    assert "servers" not in httpx.get(base + "/openapi.json").json()
finally:
    stop(server, thread)

# 3. the answer's alternative, as it stands
app = FastAPI(root_path="/api/v1")   # alternative when you cannot change the command line


@app.get("/items/")
def items_alt(request: Request):
    return {"root_path": request.scope["root_path"]}


server, thread, base = serve(app)
try:
    stripped = httpx.get(base + "/items/").json()
    prefixed = httpx.get(base + "/api/v1/items/")
    docs = httpx.get(base + "/docs").text
    servers = httpx.get(base + "/openapi.json").json().get("servers")
    direct_schema = httpx.get(base + "/api/v1/openapi.json").status_code
finally:
    stop(server, thread)
print("FastAPI(root_path=...): /items/ ->", stripped, "| /api/v1/items/ ->", prefixed.status_code, prefixed.json(),
      "| servers:", servers, "| /api/v1/openapi.json directly ->", direct_schema)
assert stripped == {"root_path": "/api/v1"} and "url: '/api/v1/openapi.json'" in docs and servers == [{"url": "/api/v1"}]
assert prefixed.status_code == 200 and direct_schema == 200          # the prefixed path is served as well
print("OK deploy-behind-proxy-root-path-forwarded-headers")
