# security-cors-origin-regex-credential-leak: the question's loose regex, then both fixes from the model answer.
from fastapi.testclient import TestClient

# --- the question's code ---
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origin_regex=r"https://.*example\.com",   # every subdomain of ours
    allow_credentials=True,
    allow_methods=["GET", "POST", "DELETE"],
    allow_headers=["Content-Type", "X-CSRF-Token"],
)
# --- end ---


def add_routes(a: FastAPI) -> FastAPI:
    @a.get("/me")
    async def me():
        return {"email": "victim@example.com", "csrf": "t0ken"}

    @a.delete("/account")
    async def delete_account():
        return {"deleted": True}
    return a


add_routes(app)
EVIL = "https://evilexample.com"


def check(a, origin):
    c = TestClient(a)
    pre = c.options("/account", headers={"Origin": origin, "Access-Control-Request-Method": "DELETE",
                                         "Access-Control-Request-Headers": "x-csrf-token"})
    real = c.get("/me", headers={"Origin": origin, "Cookie": "session=abc"})
    return (pre.status_code, pre.headers.get("access-control-allow-origin"),
            pre.headers.get("access-control-allow-credentials"),
            real.headers.get("access-control-allow-origin"), real.headers.get("access-control-allow-credentials"))


print("buggy, app.example.com:", check(app, "https://app.example.com"))
res = check(app, EVIL)
print("buggy, evilexample.com:", res)
assert res == (200, EVIL, "true", EVIL, "true")    # reflected with credentials, preflight with X-CSRF-Token passes

# fix 1: explicit list
fixed_list = FastAPI()
fixed_list.add_middleware(
    CORSMiddleware,
    # --- the model answer's fix ---
    allow_origins=["https://app.example.com", "https://admin.example.com"],
    # ---
    allow_credentials=True, allow_methods=["GET", "POST", "DELETE"], allow_headers=["Content-Type", "X-CSRF-Token"])
add_routes(fixed_list)
# fix 2: an anchored, escaped pattern
fixed_rx = FastAPI()
fixed_rx.add_middleware(
    CORSMiddleware, allow_origin_regex=r"https://[a-z0-9-]+\.example\.com",
    allow_credentials=True, allow_methods=["GET", "POST", "DELETE"], allow_headers=["Content-Type", "X-CSRF-Token"])
add_routes(fixed_rx)

for name, a in [("list", fixed_list), ("regex", fixed_rx)]:
    good = check(a, "https://app.example.com")
    bad = check(a, EVIL)
    print(f"fixed ({name}): app ->", good, "| evil ->", bad)
    assert good[0] == 200 and good[1] == "https://app.example.com"
    assert bad[0] == 400 and bad[1] is None and bad[3] is None

# fullmatch: no ^ or $ needed
for origin in ["https://app.example.com.evil.test", "https://x.example.com/", "http://app.example.com",
               "https://a.b.example.com"]:
    r = TestClient(fixed_rx).get("/me", headers={"Origin": origin})
    print("regex fix,", origin, "->", r.headers.get("access-control-allow-origin"))
    assert "access-control-allow-origin" not in r.headers


# the test the answer suggests, against the fixed app
def test_foreign_origin_not_allowed():
    r = TestClient(fixed_list).get("/me", headers={"Origin": "https://evilexample.com"})
    assert "access-control-allow-origin" not in r.headers


test_foreign_origin_not_allowed()
# CORS is not authentication: the request itself is served
assert TestClient(fixed_list).get("/me", headers={"Origin": EVIL}).status_code == 200
print("OK security-cors-origin-regex-credential-leak")
