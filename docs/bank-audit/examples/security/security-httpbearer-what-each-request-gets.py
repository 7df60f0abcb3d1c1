# security-httpbearer-what-each-request-gets: the question's app and its four requests, plus the follow-ups.
from fastapi.testclient import TestClient

# --- the question's code ---
from typing import Annotated
from fastapi import Depends, FastAPI
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()

@app.get("/whoami")
async def whoami(creds: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]):
    return {"scheme": creds.scheme, "token": creds.credentials}
# --- end ---

c = TestClient(app)
cases = [
    ("1 no header", {}, 401, {"detail": "Not authenticated"}),
    ("2 Basic", {"Authorization": "Basic YWxpY2U6c2VjcmV0"}, 401, {"detail": "Not authenticated"}),
    ("3 Bearer, empty", {"Authorization": "Bearer"}, 401, {"detail": "Not authenticated"}),
    ("4 bearer   not-a-jwt", {"Authorization": "bearer   not-a-jwt"}, 200, {"scheme": "bearer", "token": "not-a-jwt"}),
]
for label, headers, status, body in cases:
    r = c.get("/whoami", headers=headers)
    print(label, "->", r.status_code, r.json(), r.headers.get("www-authenticate"))
    assert r.status_code == status and r.json() == body, r.text
    if status == 401:
        assert r.headers["www-authenticate"] == "Bearer"
r = c.get("/whoami", headers={"Authorization": "Bearer "})
print("'Bearer ' (trailing space) ->", r.status_code)
assert r.status_code == 401

# auto_error=False gives None
optional = HTTPBearer(auto_error=False)


@app.get("/maybe")
async def maybe(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(optional)]):
    return {"creds": creds is not None}


assert c.get("/maybe").json() == {"creds": False}
assert c.get("/maybe", headers={"Authorization": "Basic abc"}).json() == {"creds": False}

# restoring 403 by overriding make_not_authenticated_error
from fastapi import HTTPException, status as st


class HTTPBearer403(HTTPBearer):
    def make_not_authenticated_error(self) -> HTTPException:
        return HTTPException(status_code=st.HTTP_403_FORBIDDEN, detail="Not authenticated")


old_style = HTTPBearer403()


@app.get("/old")
async def old(creds: Annotated[HTTPAuthorizationCredentials, Depends(old_style)]):
    return {}


r = c.get("/old")
print("make_not_authenticated_error overridden:", r.status_code, r.json())
assert r.status_code == 403

# OpenAPI: an http bearer scheme
schemes = app.openapi()["components"]["securitySchemes"]
print("securitySchemes:", schemes)
assert schemes["HTTPBearer"] == {"type": "http", "scheme": "bearer"}
print("OK security-httpbearer-what-each-request-gets")
