# security-jwt-issue-verify-review: the teammate's token code, each problem the answer lists, then the fixed code.
import base64
import json
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace
from typing import Annotated
from uuid import uuid4

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import OAuth2PasswordBearer
from fastapi.testclient import TestClient


@dataclass
class User:
    id: int
    email: str
    role: str = "user"
    password_hash: str = "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"
    is_active: bool = True


ALICE = User(1, "alice@example.com")
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/token")
db = SimpleNamespace(user_by_email=lambda email: {"email": email})

# --- the question's code ---
SECRET = "changeme"

def issue(user):
    return jwt.encode({"email": user.email, "role": user.role,
                       "pw": user.password_hash}, SECRET)

def current_user(token: Annotated[str, Depends(oauth2_scheme)]):
    alg = jwt.get_unverified_header(token)["alg"]
    data = jwt.decode(token, SECRET, algorithms=[alg])
    return db.user_by_email(data["email"])
# --- end ---

bad_app = FastAPI()


@bad_app.get("/me")
def me(user: Annotated[dict, Depends(current_user)]):
    return user


bc = TestClient(bad_app, raise_server_exceptions=False)
tok = issue(ALICE)
assert bc.get("/me", headers={"Authorization": f"Bearer {tok}"}).status_code == 200

# 1. no exp: the token is accepted whenever it is replayed
assert "exp" not in jwt.decode(tok, SECRET, algorithms=["HS256"])
print("1. no exp claim; PyJWT rejects an expired one:", end=" ")
try:
    jwt.decode(jwt.encode({"exp": int(time.time()) - 1}, SECRET), SECRET, algorithms=["HS256"])
except jwt.ExpiredSignatureError as exc:
    print(type(exc).__name__)

# 2. algorithm from the token: "none" with a non-empty key is refused by PyJWT
none_tok = jwt.encode({"email": "admin@example.com", "role": "admin"}, None, algorithm="none")
try:
    current_user(none_tok)
    raise AssertionError("alg none accepted")
except jwt.PyJWTError as exc:
    print("2. alg none:", type(exc).__name__, exc, "| InvalidTokenError subclass:",
          isinstance(exc, jwt.InvalidTokenError))
r = bc.get("/me", headers={"Authorization": f"Bearer {none_tok}"})
print("   through the app:", r.status_code)
assert r.status_code == 500
#    algorithm confusion: an RSA public key used as the HMAC secret is refused
pub = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key().public_bytes(
    serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
try:
    jwt.encode({"sub": "1"}, pub, algorithm="HS256")
    raise AssertionError("public key accepted as HMAC secret")
except jwt.InvalidKeyError as exc:
    print("   public key as HMAC secret:", type(exc).__name__, str(exc)[:80])
#    a header without alg: KeyError, a 500
head = base64.urlsafe_b64encode(json.dumps({"typ": "JWT"}).encode()).rstrip(b"=").decode()
no_alg = head + "." + tok.split(".", 1)[1]
try:
    current_user(no_alg)
except KeyError as exc:
    print("   header without alg:", "KeyError", exc)
assert bc.get("/me", headers={"Authorization": f"Bearer {no_alg}"}).status_code == 500

# 3. weak key: found offline from one token with a tiny word list
for guess in ["secret", "password", "jwt", "changeme", "admin"]:
    try:
        jwt.decode(tok, guess, algorithms=["HS256"])
        print("3. key recovered from the token:", guess)
        forged = jwt.encode({"email": "admin@example.com", "role": "admin"}, guess)
        assert bc.get("/me", headers={"Authorization": f"Bearer {forged}"}).json() == {"email": "admin@example.com"}
        break
    except jwt.InvalidSignatureError:
        pass

# 4. signed, not encrypted
payload = json.loads(base64.urlsafe_b64decode(tok.split(".")[1] + "=="))
print("4. payload readable without the key:", payload)
assert payload["pw"] == ALICE.password_hash

# 5. unhandled errors give 500
r = bc.get("/me", headers={"Authorization": f"Bearer {tok[:-3]}abc"})
print("5. tampered token through the app:", r.status_code)
assert r.status_code == 500

# --- the model answer's fixed code ---
ISSUER = "https://auth.example.com"
settings = SimpleNamespace(jwt_key=secrets.token_bytes(32))


class Users:
    async def get(self, uid):
        return {1: ALICE, 2: User(2, "bob@example.com", is_active=False)}.get(uid)


users = Users()

def issue_access_token(user: User) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": str(user.id), "iss": ISSUER, "aud": "orders-api",
              "iat": now, "exp": now + timedelta(minutes=15), "jti": uuid4().hex}
    return jwt.encode(claims, settings.jwt_key, algorithm="HS256")

async def current_user(token: Annotated[str, Depends(oauth2_scheme)]) -> User:
    unauthorized = HTTPException(401, "Invalid token", headers={"WWW-Authenticate": "Bearer"})
    try:
        claims = jwt.decode(token, settings.jwt_key, algorithms=["HS256"],
                            audience="orders-api", issuer=ISSUER,
                            options={"require": ["exp", "sub"]})
    except jwt.InvalidTokenError:
        raise unauthorized
    user = await users.get(int(claims["sub"]))
    if user is None or not user.is_active:
        raise unauthorized
    return user
# --- end ---

good_app = FastAPI()


@good_app.get("/me")
async def me2(user: Annotated[User, Depends(current_user)]):
    return {"id": user.id}


gc = TestClient(good_app)
k = settings.jwt_key
now = int(time.time())
base = {"sub": "1", "iss": ISSUER, "aud": "orders-api", "exp": now + 60}
cases = {
    "valid": (issue_access_token(ALICE), 200),
    "expired": (jwt.encode({**base, "exp": now - 60}, k, algorithm="HS256"), 401),
    "no exp": (jwt.encode({k2: v for k2, v in base.items() if k2 != "exp"}, k, algorithm="HS256"), 401),
    "no sub": (jwt.encode({k2: v for k2, v in base.items() if k2 != "sub"}, k, algorithm="HS256"), 401),
    "other audience": (jwt.encode({**base, "aud": "billing-api"}, k, algorithm="HS256"), 401),
    "other issuer": (jwt.encode({**base, "iss": "https://evil"}, k, algorithm="HS256"), 401),
    "alg none": (jwt.encode(base, None, algorithm="none"), 401),
    "no alg header": (no_alg, 401),
    "wrong key": (jwt.encode(base, secrets.token_bytes(32), algorithm="HS256"), 401),
    "disabled user": (issue_access_token(User(2, "bob@example.com")), 401),
    "garbage": ("abc", 401),
}
for label, (t, expected) in cases.items():
    r = gc.get("/me", headers={"Authorization": f"Bearer {t}"})
    print(f"fixed, {label}:", r.status_code, r.json(), r.headers.get("www-authenticate"))
    assert r.status_code == expected, (label, r.text)
    if expected == 401:
        assert r.headers["www-authenticate"] == "Bearer"
print("OK security-jwt-issue-verify-review")
