# path-vs-query-parameters: the file's endpoint (body `...` replaced by nothing else; a twin echoes the values),
# conversion, 422 locations, and the bool spellings.
from fastapi import FastAPI
from fastapi.testclient import TestClient

app = FastAPI()
calls = []

# --- the file's code ---
@app.get("/shops/{shop_id}/products")
async def list_products(
    shop_id: int,                 # path: /shops/7/products
    category: str | None = None,  # query: ?category=tea
    in_stock: bool = False,       # query: ?in_stock=true
    page: int = 1,
):
    ...
# -----------------------



@app.get("/echo/{shop_id}/products")
async def echo(shop_id: int, category: str | None = None, in_stock: bool = False, page: int = 1):
    calls.append(1)
    return {"shop_id": shop_id, "category": category, "in_stock": in_stock, "page": page}


c = TestClient(app)
r = c.get("/shops/7/products?category=tea&in_stock=yes")
print("file's endpoint:", r.status_code, r.json())
assert r.status_code == 200
r = c.get("/echo/7/products?category=tea&in_stock=yes")
print("same parameters echoed:", r.json())
assert r.json() == {"shop_id": 7, "category": "tea", "in_stock": True, "page": 1}

calls.clear()
for url, loc in (("/echo/abc/products", ["path", "shop_id"]), ("/echo/7/products?page=two", ["query", "page"])):
    r = c.get(url)
    print(url, "->", r.status_code, r.json()["detail"][0]["loc"])
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == loc
assert calls == [], "function never called"

truth = {}
for v in ("true", "1", "yes", "on", "True", "false", "0", "no", "off", "maybe"):
    r = c.get(f"/echo/7/products?in_stock={v}")
    truth[v] = r.json()["in_stock"] if r.status_code == 200 else r.status_code
print("bool spellings:", truth)
assert all(truth[v] is True for v in ("true", "1", "yes", "on")) and all(truth[v] is False for v in ("false", "0", "no", "off"))
params = c.get("/openapi.json").json()["paths"]["/shops/{shop_id}/products"]["get"]["parameters"]
print("OpenAPI:", [(p["name"], p["in"], p["required"]) for p in params])
assert [(p["name"], p["in"], p["required"]) for p in params] == [("shop_id", "path", True), ("category", "query", False), ("in_stock", "query", False), ("page", "query", False)]
print("OK path-vs-query-parameters")
