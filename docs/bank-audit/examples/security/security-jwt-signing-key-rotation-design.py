# security-jwt-signing-key-rotation-design: the model answer's issue/verify over a stub key ring, the three rotation
# phases, an emergency removal, a ring loaded by pydantic-settings, and PyJWKClient refreshing on an unknown kid.
import json
import os
import tempfile
import time
from dataclasses import dataclass, field

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import HTTPException
from jwt.algorithms import RSAAlgorithm

AUD, ISS = "orders-api", "https://auth.example.com"


@dataclass
class Key:
    kid: str
    private_key: object


@dataclass
class KeyRing:  # stub for what the secret store gives
    current: Key
    verifying: dict = field(default_factory=dict)


def new_key(kid):
    return Key(kid, rsa.generate_private_key(public_exponent=65537, key_size=2048))


k1 = new_key("2026-11")
keyring = KeyRing(current=k1, verifying={"2026-11": k1.private_key.public_key()})

# --- the model answer's code ---
def issue(claims: dict) -> str:
    k = keyring.current                        # kid + private key, from the secret store
    return jwt.encode(claims, k.private_key, algorithm="RS256", headers={"kid": k.kid})

def verify(token: str) -> dict:
    try:
        kid = jwt.get_unverified_header(token).get("kid")
        key = keyring.verifying[kid]           # current and previous keys only
        return jwt.decode(token, key, algorithms=["RS256"], audience=AUD, issuer=ISS)
    except (KeyError, jwt.InvalidTokenError):
        raise HTTPException(401, "Invalid token", headers={"WWW-Authenticate": "Bearer"})
# --- end ---


def rejected(token) -> bool:
    try:
        verify(token)
        return False
    except HTTPException as exc:
        assert exc.status_code == 401 and exc.headers == {"WWW-Authenticate": "Bearer"}
        return True


claims = lambda: {"sub": "1", "aud": AUD, "iss": ISS, "exp": int(time.time()) + 900}
old_token = issue(claims())
assert jwt.get_unverified_header(old_token)["kid"] == "2026-11" and verify(old_token)["sub"] == "1"

# phase 1: publish the new key, verify-only
k2 = new_key("2026-12")
keyring.verifying["2026-12"] = k2.private_key.public_key()
assert jwt.get_unverified_header(issue(claims()))["kid"] == "2026-11"
# phase 2: switch signing
keyring.current = k2
new_token = issue(claims())
print("phase 2: old token ok:", bool(verify(old_token)), "| new token kid:", jwt.get_unverified_header(new_token)["kid"])
assert verify(new_token) and verify(old_token)
# phase 3: retire the old key after the longest lifetime
del keyring.verifying["2026-11"]
print("phase 3: old token rejected:", rejected(old_token), "| new token ok:", bool(verify(new_token)))
assert rejected(old_token) and verify(new_token)

# unknown kid, missing kid, an HS256 token: all 401, no 500
forged = jwt.encode(claims(), "secret", algorithm="HS256", headers={"kid": "2026-12"})
no_kid = jwt.encode(claims(), k2.private_key, algorithm="RS256")
unknown = jwt.encode(claims(), new_key("x").private_key, algorithm="RS256", headers={"kid": "x"})
assert rejected(forged) and rejected(no_kid) and rejected(unknown) and rejected("garbage")

# emergency: drop the leaked key at once
del keyring.verifying["2026-12"]
k3 = new_key("2026-12b")
keyring.current, keyring.verifying = k3, {"2026-12b": k3.private_key.public_key()}
print("emergency: tokens of the leaked key rejected:", rejected(new_token))
assert rejected(new_token) and verify(issue(claims()))

# the ring in settings: a JSON value that pydantic-settings parses into a dict
from pydantic_settings import BaseSettings

os.environ["JWT_PUBLIC_KEYS"] = json.dumps({"2026-12b": "-----BEGIN PUBLIC KEY-----...", "2027-01": "..."})


class Settings(BaseSettings):
    jwt_public_keys: dict[str, str]
    jwt_signing_kid: str = "2026-12b"


s = Settings()
print("pydantic-settings parsed the ring:", type(s.jwt_public_keys).__name__, list(s.jwt_public_keys))
assert list(s.jwt_public_keys) == ["2026-12b", "2027-01"]

# verifiers: PyJWKClient caches the JWKS and refetches when a token names an unknown kid
jwks_path = os.path.join(tempfile.mkdtemp(), "jwks.json")


def publish(*keys):
    jwks = {"keys": [{**json.loads(RSAAlgorithm.to_jwk(k.private_key.public_key())), "kid": k.kid, "use": "sig"}
                     for k in keys]}
    with open(jwks_path, "w") as f:
        json.dump(jwks, f)


fetches = []


class CountingClient(jwt.PyJWKClient):
    def fetch_data(self):
        fetches.append(1)
        return super().fetch_data()


publish(k3)
client = CountingClient(f"file://{jwks_path}")            # urllib, blocking, here reading a file
t3 = issue(claims())
assert client.get_signing_key_from_jwt(t3).key_id == "2026-12b"
client.get_signing_key_from_jwt(t3)
print("fetches after two lookups of a known kid:", len(fetches))
assert len(fetches) == 1                                  # cached
k4 = new_key("2027-01")
publish(k3, k4)
keyring.current = k4
t4 = issue(claims())
assert client.get_signing_key_from_jwt(t4).key_id == "2027-01"
print("fetches after a token with a new kid:", len(fetches))
assert len(fetches) == 2                                  # refreshed on the unknown kid
for i in range(5):
    try:
        client.get_signing_key_from_jwt(jwt.encode(claims(), "x", algorithm="HS256", headers={"kid": f"rand{i}"}))
    except jwt.PyJWKClientError:
        pass
print("fetches after five random kids:", len(fetches))
assert len(fetches) == 7                                  # no rate limit of its own: one fetch per random kid
import inspect
assert "urllib.request.urlopen" in inspect.getsource(jwt.PyJWKClient.fetch_data)
print("OK security-jwt-signing-key-rotation-design")
