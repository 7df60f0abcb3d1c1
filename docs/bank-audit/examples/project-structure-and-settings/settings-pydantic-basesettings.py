"""settings-pydantic-basesettings: the file's Settings class; where values come from, conversion, precedence and
what an unknown key in .env does."""
import os
import tempfile

from pydantic import ValidationError

work = tempfile.mkdtemp()
os.chdir(work)                     # env_file=".env" is relative

# --- the file's code ---------------------------------------------------------------------------
from pydantic import PostgresDsn
from pydantic_settings import BaseSettings, SettingsConfigDict

class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="SHOP_")

    database_url: PostgresDsn            # required: no default
    debug: bool = False
    page_size: int = 50
    allowed_origins: list[str] = []
# -----------------------------------------------------------------------------------------------

try:
    Settings()
    raise AssertionError("expected ValidationError")
except ValidationError as e:
    print("nothing set ->", type(e).__name__, [(x["loc"], x["type"]) for x in e.errors()])

os.environ["shop_database_url"] = "postgresql://env-db/shop"      # lower case on purpose
os.environ["SHOP_DEBUG"] = "1"
os.environ["SHOP_ALLOWED_ORIGINS"] = '["https://a.example"]'
s = Settings()
print("from env (case-insensitive names):", s.database_url, s.debug, s.allowed_origins)
assert s.debug is True and s.allowed_origins == ["https://a.example"]
os.environ["SHOP_DEBUG"] = "true"
assert Settings().debug is True
os.environ["SHOP_PAGE_SIZE"] = "abc"
try:
    Settings()
except ValidationError as e:
    print("SHOP_PAGE_SIZE=abc ->", e.errors()[0]["type"])
del os.environ["SHOP_PAGE_SIZE"]

# precedence: constructor > env > .env > secrets_dir > defaults; later env files win
open(".env", "w").write("SHOP_PAGE_SIZE=10\nSHOP_DEBUG=false\n")
open(".env.local", "w").write("SHOP_PAGE_SIZE=20\n")
os.makedirs("secrets")
open("secrets/SHOP_PAGE_SIZE", "w").write("30")
print(".env page_size, env DEBUG=true ->", Settings().page_size, Settings().debug)
assert Settings().page_size == 10 and Settings().debug is True
print("env files ('.env', '.env.local') ->", Settings(_env_file=(".env", ".env.local")).page_size)
assert Settings(_env_file=(".env", ".env.local")).page_size == 20
print("secrets_dir only, no .env ->", Settings(_env_file=None, _secrets_dir="secrets").page_size)
print(".env beats secrets_dir ->", Settings(_secrets_dir="secrets").page_size)
os.environ["SHOP_PAGE_SIZE"] = "40"
print("real variable beats .env ->", Settings().page_size, "| constructor beats all ->", Settings(page_size=1).page_size)
del os.environ["SHOP_PAGE_SIZE"]
print("default when nothing sets it ->", Settings(_env_file=None).page_size)

# unknown keys in .env
for line in ("SHOP_COLOR=red", "OTHER_TOOL=1", "PAGE_SIZE=5"):
    open(".env", "w").write(line + "\n")
    try:
        Settings()
        print(f".env line {line!r} -> accepted")
    except ValidationError as e:
        print(f".env line {line!r} ->", [(x["loc"], x["type"]) for x in e.errors()])
os.environ["SHOP_UNKNOWN"] = "x"
open(".env", "w").write("")
print("unknown real variable SHOP_UNKNOWN -> accepted:", bool(Settings()))
open(".env", "w").write("OTHER_TOOL=1\n")


class Lenient(Settings):
    model_config = SettingsConfigDict(extra="ignore")

print("extra='ignore' with OTHER_TOOL in .env ->", bool(Lenient()))


class Filtered(Settings):
    model_config = SettingsConfigDict(dotenv_filtering="match_prefix")

open(".env", "w").write("OTHER_TOOL=1\nSHOP_PAGE_SIZE=12\n")
print("dotenv_filtering='match_prefix' ->", Filtered().page_size)
print("OK settings-pydantic-basesettings")
