# body-patch-overwrites-unsent-fields: the buggy PATCH (ProfileOut, CurrentUser and SessionDep stubbed with an
# attribute object and a session whose commit does nothing), the exclude_unset fix, the wrong fixes, and the
# follow-up pitfalls (validator on explicit null, model_copy with nested data).
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict, field_validator

app = FastAPI()


class ProfileOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    display_name: str | None
    bio: str | None
    newsletter: bool


class Row:
    pass


state = {}


def reset():
    u = Row()
    u.display_name, u.bio, u.newsletter = "Ada", "Maths", True
    state["user"] = u


def current_user():
    return state["user"]


class Session:
    async def commit(self):
        pass


CurrentUser = Annotated[Row, Depends(current_user)]
SessionDep = Annotated[Session, Depends(Session)]

# --- the file's buggy code ---
class ProfilePatch(BaseModel):
    display_name: str | None = None
    bio: str | None = None
    newsletter: bool = False

@app.patch("/me", response_model=ProfileOut)
async def patch_me(patch: ProfilePatch, user: CurrentUser, session: SessionDep):
    for name, value in patch.model_dump().items():
        setattr(user, name, value)
    await session.commit()
    return user
# -----------------------------

c = TestClient(app)
reset()
r = c.patch("/me", json={"bio": "Engines"})
print("buggy:", r.json())
assert r.json() == {"display_name": None, "bio": "Engines", "newsletter": False}


def variant(**dump_kw):
    fix = FastAPI()

    @fix.patch("/me", response_model=ProfileOut)
    async def patch_me(patch: ProfilePatch, user: CurrentUser, session: SessionDep):
        changes = patch.model_dump(**dump_kw)
        for name, value in changes.items():
            setattr(user, name, value)
        await session.commit()
        return user

    return TestClient(fix)


for kw in ({"exclude_unset": True}, {"exclude_none": True}, {"exclude_defaults": True}):
    vc = variant(**kw)
    out = {}
    for body in ({"bio": "Engines"}, {"newsletter": False}, {"bio": None}):
        reset()
        out[str(body)] = vc.patch("/me", json=body).json()
    print(kw)
    for b, res in out.items():
        print("   ", b, "->", res)
    if "exclude_unset" in kw:
        assert out["{'bio': 'Engines'}"] == {"display_name": "Ada", "bio": "Engines", "newsletter": True}
        assert out["{'newsletter': False}"]["newsletter"] is False and out["{'bio': None}"]["bio"] is None
    if "exclude_none" in kw:
        assert out["{'bio': 'Engines'}"]["newsletter"] is False and out["{'bio': None}"]["bio"] == "Maths"
    if "exclude_defaults" in kw:
        assert out["{'newsletter': False}"]["newsletter"] is True

print("model_fields_set:", ProfilePatch.model_validate({"bio": "Engines"}).model_fields_set)


class StrictPatch(BaseModel):
    display_name: str | None = None

    @field_validator("display_name")
    @classmethod
    def not_null(cls, v):
        if v is None:
            raise ValueError("display_name cannot be null")
        return v


print("validator, key not sent:", StrictPatch().model_dump(exclude_unset=True))
try:
    StrictPatch(display_name=None)
except Exception as e:
    print("validator, explicit null:", e.errors()[0]["type"], e.errors()[0]["msg"])


class Address(BaseModel):
    city: str
    street: str


class Profile(BaseModel):
    name: str
    address: Address


class AddressPatch(BaseModel):
    city: str | None = None
    street: str | None = None


class NestedPatch(BaseModel):
    name: str | None = None
    address: AddressPatch | None = None


stored = Profile(name="Ada", address=Address(city="London", street="Baker St"))
changes = NestedPatch.model_validate({"address": {"city": "Paris"}}).model_dump(exclude_unset=True)
copied = stored.model_copy(update=changes)
print("model_copy with a partial nested object:", repr(copied.address), type(copied.address).__name__)
assert copied.address == {"city": "Paris"}
print("model_copy does not validate:", repr(stored.model_copy(update={"name": 123}).name))
print("OK body-patch-overwrites-unsent-fields")
