# di-decorator-router-global-dependencies: the model answer's code with stub checks that record their calls.
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException
from fastapi.testclient import TestClient

calls = []


class Keys:  # stub
    async def is_valid(self, key: str) -> bool:
        return key == "good"


keys = Keys()


async def require_admin(x_role: Annotated[str, Header()] = "admin"):  # stub guard
    calls.append("require_admin")
    if x_role != "admin":
        raise HTTPException(403, "Admins only")
    return "admin value"


async def check_quota():  # stub
    calls.append("check_quota")
    return "quota value"


# --- the model answer's code ---
async def verify_api_key(x_api_key: Annotated[str, Header()]) -> None:
    calls.append("verify_api_key")  # added
    if not await keys.is_valid(x_api_key):
        raise HTTPException(status_code=401, detail="Invalid API key")

admin = APIRouter(prefix="/admin", dependencies=[Depends(require_admin)])

@admin.post("/reindex", dependencies=[Depends(check_quota)])
async def reindex() -> dict[str, str]:
    calls.append("endpoint")  # added
    return {"status": "started"}

app = FastAPI()
app.include_router(admin)
# --- end ---

client = TestClient(app)
r = client.post("/admin/reindex")
print("admin:", r.status_code, r.json(), calls)
assert r.status_code == 200 and r.json() == {"status": "started"}
assert calls == ["require_admin", "check_quota", "endpoint"]   # return values went nowhere

calls.clear()
r = client.post("/admin/reindex", headers={"x-role": "viewer"})
print("viewer:", r.status_code, r.json(), calls)
assert r.status_code == 403 and calls == ["require_admin"]      # guard raised, endpoint never ran

# the guard's header parameter is documented on the route
params = [p["name"] for p in app.openapi()["paths"]["/admin/reindex"]["post"]["parameters"]]
print("documented parameters:", params)
assert params == ["x-role"]

# include_router(..., dependencies=[...]) and FastAPI(dependencies=[...]); order: app, include, router, decorator,
# then the endpoint's own parameter dependencies
def param_dep():
    calls.append("param_dep")
    return "param value"

plain = APIRouter()

@plain.get("/items")
async def items(v: Annotated[str, Depends(param_dep)]):
    calls.append("endpoint")
    return {"v": v}

@plain.get("/health")
async def health():
    return {"ok": True}

global_app = FastAPI(dependencies=[Depends(verify_api_key)])
global_app.include_router(admin, dependencies=[Depends(param_dep)])
global_app.include_router(plain)
gc = TestClient(global_app)
calls.clear()
r = gc.post("/admin/reindex", headers={"x-api-key": "good"})
print("global + include + router + decorator:", r.status_code, calls)
assert r.status_code == 200
assert calls == ["verify_api_key", "param_dep", "require_admin", "check_quota", "endpoint"]
calls.clear()
r = gc.get("/items", headers={"x-api-key": "good"})
print("/items:", r.json(), calls)
assert calls == ["verify_api_key", "param_dep", "endpoint"]
r = gc.get("/health")
print("global auth also hits /health:", r.status_code, r.json())
assert r.status_code == 422   # the header is missing: the global dependency applies to every path operation
r = gc.get("/health", headers={"x-api-key": "bad"})
assert r.status_code == 401

# the value is needed: declare it as a parameter too; with the router having it, it still runs once
both = APIRouter(dependencies=[Depends(require_admin)])

@both.get("/who")
async def who(role: Annotated[str, Depends(require_admin)]):
    return {"role": role}

app2 = FastAPI()
app2.include_router(both)
calls.clear()
r = TestClient(app2).get("/who")
print("/who:", r.json(), calls)
assert r.json() == {"role": "admin value"} and calls == ["require_admin"]

# overrides apply to decorator and router dependencies
app.dependency_overrides[require_admin] = lambda: None
calls.clear()
r = client.post("/admin/reindex", headers={"x-role": "viewer"})
assert r.status_code == 200 and calls == ["check_quota", "endpoint"]
app.dependency_overrides.clear()

# a 404 runs no dependency (middleware would see it)
calls.clear()
r = gc.get("/nope")
print("404:", r.status_code, calls)
assert r.status_code == 404 and calls == []
print("OK di-decorator-router-global-dependencies")
