# query-required-optional-defaults: the file's /reports (body `...`; a twin echoes the values); required,
# optional, defaults, `| None` without a default, empty values, and the OpenAPI defaults.
from typing import Annotated

from fastapi import FastAPI
from fastapi.testclient import TestClient

app = FastAPI()

# --- the file's code ---
from typing import Annotated
from fastapi import Query

@app.get("/reports")
async def reports(
    year: int,                          # required: missing -> 422
    region: str | None = None,          # optional, None when absent
    fmt: str = "json",                  # optional with a default
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
):
    ...
# -----------------------


@app.get("/echo")
async def echo(year: int, region: str | None = None, fmt: str = "json",
               limit: Annotated[int, Query(ge=1, le=500)] = 50):
    return {"year": year, "region": region, "fmt": fmt, "limit": limit}


c = TestClient(app)
r = c.get("/reports")
print("GET /reports:", r.status_code, r.json()["detail"])
assert r.status_code == 422 and r.json()["detail"][0]["type"] == "missing" and r.json()["detail"][0]["loc"] == ["query", "year"]
assert c.get("/reports?year=2024").status_code == 200
print("?year=2024:", c.get("/echo?year=2024").json())
assert c.get("/echo?year=2024").json() == {"year": 2024, "region": None, "fmt": "json", "limit": 50}
print("?year=2024&region=eu&limit=10:", c.get("/echo?year=2024&region=eu&limit=10").json())
assert c.get("/echo?year=2024&region=eu&limit=10").json() == {"year": 2024, "region": "eu", "fmt": "json", "limit": 10}


@app.get("/nullable")
async def nullable(region: str | None):
    return {"region": region}


r = c.get("/nullable")
print("region: str | None with no default, absent:", r.status_code, r.json()["detail"][0]["type"])
assert r.status_code == 422


@app.get("/empty")
async def empty(s: str = "d", n: int = 5, m: int | None = None):
    return {"s": s, "n": n, "m": m}


print("?s= :", c.get("/empty?s=").json())
assert c.get("/empty?s=").json()["s"] == ""
for q in ("n=", "m="):
    r = c.get(f"/empty?{q}")
    print(f"?{q} :", r.status_code, r.json()["detail"][0]["type"])
    assert r.status_code == 422

print("old style: first argument of Query is the default:", Query(50).default)
params = {p["name"]: p for p in c.get("/openapi.json").json()["paths"]["/reports"]["get"]["parameters"]}
print("OpenAPI:", {n: (p["required"], p["schema"].get("default")) for n, p in params.items()})
assert params["year"]["required"] and params["fmt"]["schema"]["default"] == "json" and params["limit"]["schema"]["default"] == 50
print("OK query-required-optional-defaults")
