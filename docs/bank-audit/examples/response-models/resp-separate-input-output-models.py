# resp-separate-input-output-models: the file's models and signup (users.create stubbed to return a
# UserRecord), filtering by the declared class, and each leak the answer lists (except
# polymorphic_serialization, which is Pydantic 2.13+ and not in 2.10.6).
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import ConfigDict, SerializeAsAny

app = FastAPI()


class _Users:
    async def create(self, body):
        return UserRecord(id=1, email=body.email, display_name=body.display_name,
                          password_hash="$argon2$...", is_admin=False)

users = _Users()

# --- the file's code ---
from pydantic import BaseModel, EmailStr, SecretStr

class UserBase(BaseModel):
    email: EmailStr
    display_name: str

class UserCreate(UserBase):          # request body
    password: SecretStr

class UserOut(UserBase):             # what clients see
    id: int

class UserRecord(UserOut):           # internal, never a response type
    password_hash: str
    is_admin: bool

@app.post("/users", status_code=201)
async def signup(body: UserCreate) -> UserOut:
    record: UserRecord = await users.create(body)
    return record                    # password_hash and is_admin are filtered out
# -----------------------

c = TestClient(app)
r = c.post("/users", json={"email": "ada@example.com", "display_name": "Ada", "password": "hunter2hunter2"})
print("signup:", r.status_code, r.json())
assert r.status_code == 201 and set(r.json()) == {"email", "display_name", "id"}
uc = UserCreate(email="a@example.com", display_name="A", password="hunter2")
print("SecretStr repr:", repr(uc), "| model_dump:", uc.model_dump())
row = {"id": 1, "email": "a@example.com", "display_name": "A", "password_hash": "h", "is_admin": True}


class OrderOut(BaseModel):
    id: int
    owner: UserRecord


class OpenOut(UserOut):
    model_config = ConfigDict(extra="allow")


class AnyOrderOut(BaseModel):
    id: int
    owner: SerializeAsAny[UserOut]


leaks = FastAPI()


@leaks.get("/as-dict")
async def as_dict() -> dict:
    return UserRecord(**row).model_dump()


@leaks.get("/none", response_model=None)
async def none():
    return UserRecord(**row)


@leaks.get("/nested")
async def nested() -> OrderOut:
    return {"id": 9, "owner": row}


@leaks.get("/allow")
async def allow() -> OpenOut:
    return row


@leaks.get("/serialize-as-any")
async def serialize_as_any() -> AnyOrderOut:
    return AnyOrderOut(id=9, owner=UserRecord(**row))


@leaks.get("/exclude", response_model=UserRecord, response_model_exclude={"password_hash"})
async def exclude():
    return row


lc = TestClient(leaks)
for p in ("/as-dict", "/none", "/nested", "/allow", "/serialize-as-any", "/exclude"):
    body = lc.get(p).json()
    print(f"{p:18} leaks password_hash: {'password_hash' in str(body)!s:5} {body}")
assert all("password_hash" in str(lc.get(p).json()) for p in ("/as-dict", "/none", "/nested", "/allow", "/serialize-as-any"))
assert "password_hash" not in lc.get("/exclude").json()
schema = lc.get("/openapi.json").json()["components"]["schemas"]["UserRecord"]["properties"]
print("schema for /exclude still lists password_hash:", "password_hash" in schema)
import pydantic
print("polymorphic_serialization: not run, Pydantic", pydantic.VERSION, "has no such option (added in 2.13)")
print("OK resp-separate-input-output-models")
