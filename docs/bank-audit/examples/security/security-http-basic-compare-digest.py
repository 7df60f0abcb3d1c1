# security-http-basic-compare-digest: the model answer's metrics_user on a /metrics route.
import base64
from types import SimpleNamespace

from fastapi import FastAPI
from fastapi.testclient import TestClient

settings = SimpleNamespace(metrics_user="prometheus", metrics_password="s3cret")

# --- the model answer's code ---
import secrets
from typing import Annotated
from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPBasic, HTTPBasicCredentials

basic = HTTPBasic()

def metrics_user(creds: Annotated[HTTPBasicCredentials, Depends(basic)]) -> str:
    user_ok = secrets.compare_digest(creds.username.encode(), settings.metrics_user.encode())
    pass_ok = secrets.compare_digest(creds.password.encode(), settings.metrics_password.encode())
    if not (user_ok and pass_ok):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid credentials",
            headers={"WWW-Authenticate": "Basic"},
        )
    return creds.username
# --- end ---

app = FastAPI()


@app.get("/metrics")
def metrics(user: Annotated[str, Depends(metrics_user)]):
    return {"user": user}


c = TestClient(app)
r = c.get("/metrics")
print("no header:", r.status_code, r.json(), r.headers.get("www-authenticate"))
assert r.status_code == 401 and r.headers["www-authenticate"] == "Basic"
r = c.get("/metrics", auth=("prometheus", "wrong"))
print("wrong password:", r.status_code, r.json(), r.headers.get("www-authenticate"))
assert r.status_code == 401 and r.json() == {"detail": "Invalid credentials"} and r.headers["www-authenticate"] == "Basic"
r = c.get("/metrics", auth=("prometheus", "s3cret"))
print("right credentials:", r.status_code, r.json())
assert r.status_code == 200 and r.json() == {"user": "prometheus"}
good = base64.b64encode(b"prometheus:s3cret").decode()

# HTTPBasic decodes the header as ASCII: non-ASCII credentials are refused before metrics_user runs
non_ascii = base64.b64encode("prometheus:s3cr\u00e9t".encode()).decode()
r = c.get("/metrics", headers={"Authorization": f"Basic {non_ascii}"})
print("non-ASCII credentials in the header:", r.status_code, r.json())
assert r.status_code == 401 and r.json() == {"detail": "Not authenticated"}

# a non-ASCII configured secret: with .encode() a clean 401, without it a TypeError (a 500) on every request
settings.metrics_password = "s3cr\u00e9t"
r = c.get("/metrics", auth=("prometheus", "s3cret"))
assert r.status_code == 401


def metrics_user_no_encode(creds: Annotated[HTTPBasicCredentials, Depends(basic)]) -> str:
    if not secrets.compare_digest(creds.password, settings.metrics_password):
        raise HTTPException(401, "Invalid credentials", headers={"WWW-Authenticate": "Basic"})
    return creds.username


@app.get("/metrics-no-encode")
def metrics_no_encode(user: Annotated[str, Depends(metrics_user_no_encode)]):
    return {"user": user}


r = TestClient(app, raise_server_exceptions=False).get("/metrics-no-encode", auth=("prometheus", "s3cret"))
print("without .encode() and a non-ASCII secret:", r.status_code)
assert r.status_code == 500

# why encode(): compare_digest refuses non-ASCII str
try:
    secrets.compare_digest("s3cr\u00e9t", "s3cr\u00e9t")
    raise AssertionError("expected TypeError")
except TypeError as exc:
    print("compare_digest on non-ASCII str:", exc)
assert secrets.compare_digest("ascii", "ascii")

# base64 only: anyone who sees the header has the password
print("the header decodes to:", base64.b64decode(good).decode())
print("OK security-http-basic-compare-digest")
