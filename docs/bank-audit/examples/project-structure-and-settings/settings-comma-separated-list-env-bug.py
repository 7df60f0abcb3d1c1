"""settings-comma-separated-list-env-bug: writes the file's app/config.py and app/main.py, imports them with the
staging variable set, then tries both fixes and the pitfalls."""
import importlib
import os
import sys
import tempfile

root = tempfile.mkdtemp()
os.makedirs(f"{root}/app")
open(f"{root}/app/__init__.py", "w").close()
# --- the file's code ------------------------------------------------------------------------------
open(f"{root}/app/config.py", "w").write('''# app/config.py
from pydantic_settings import BaseSettings, SettingsConfigDict

class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")
    cors_origins: list[str] = []

settings = Settings()
''')
open(f"{root}/app/main.py", "w").write('''# app/main.py
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from app.config import settings

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins)
''')
# ---------------------------------------------------------------------------------------------------
sys.path.insert(0, root)


def import_main():
    for m in ("app.main", "app.config"):
        sys.modules.pop(m, None)
    return importlib.import_module("app.main")


os.environ.pop("SHOP_CORS_ORIGINS", None)
print("variable unset -> imports, origins =", import_main().settings.cors_origins)

os.environ["SHOP_CORS_ORIGINS"] = "https://shop.example,https://admin.shop.example"
try:
    import_main()
    raise AssertionError("expected SettingsError")
except Exception as e:
    print("staging value -> import app.main raises", type(e).__module__ + "." + type(e).__name__ + ":", e)
    assert type(e).__name__ == "SettingsError"
    assert 'error parsing value for field "cors_origins" from source "EnvSettingsSource"' in str(e)

os.environ["SHOP_CORS_ORIGINS"] = '["https://shop.example", "https://admin.shop.example"]'
print("fix 1, JSON array ->", import_main().settings.cors_origins)

# --- the file's fix 2 ------------------------------------------------------------------------------
from typing import Annotated
from pydantic import BeforeValidator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

def split_csv(value: object) -> object:
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    return value

CsvList = Annotated[list[str], NoDecode, BeforeValidator(split_csv)]

class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")
    cors_origins: CsvList = []
# ---------------------------------------------------------------------------------------------------
for raw in ("https://shop.example,https://admin.shop.example", "a, b,", ""):
    os.environ["SHOP_CORS_ORIGINS"] = raw
    print(f"fix 2, SHOP_CORS_ORIGINS={raw!r} ->", Settings().cors_origins)
os.environ["SHOP_CORS_ORIGINS"] = "a, b,"
assert Settings().cors_origins == ["a", "b"]
assert Settings(cors_origins=["x"]).cors_origins == ["x"]

from pydantic_settings import ForceDecode

class WholeClass(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_", enable_decoding=False)
    cors_origins: Annotated[list[str], BeforeValidator(split_csv)] = []
    ports: Annotated[list[int], ForceDecode] = []

os.environ["SHOP_PORTS"] = "[80, 443]"
print("enable_decoding=False + ForceDecode ->", WholeClass().cors_origins, WholeClass().ports)

# the AnyHttpUrl pitfall
from pydantic import AnyHttpUrl, TypeAdapter
u = TypeAdapter(AnyHttpUrl).validate_python("https://shop.example")
print("str(AnyHttpUrl('https://shop.example')) ->", repr(str(u)))
assert str(u) == "https://shop.example/"

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.testclient import TestClient
for origins in (["https://shop.example"], [str(u)]):
    app = FastAPI()
    app.add_middleware(CORSMiddleware, allow_origins=origins)

    @app.get("/x")
    def x():
        return {}

    r = TestClient(app).get("/x", headers={"Origin": "https://shop.example"})
    print(f"allow_origins={origins}: Access-Control-Allow-Origin =", r.headers.get("access-control-allow-origin"))
print("OK settings-comma-separated-list-env-bug")
