"""settings-environments-and-secrets: the file's Settings class with a .env file, a secrets folder (passed with
_secrets_dir, since /run/secrets is not there), nested options and the production rule."""
import os
import tempfile
from typing import Literal

from pydantic import BaseModel, PostgresDsn, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class DbOptions(BaseModel):
    pool_size: int = 5
    echo: bool = False

# --- the file's code ---------------------------------------------------------------------------
class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="SHOP_",
        env_file=".env",                 # only exists on developer machines
        secrets_dir="/run/secrets",      # files mounted by Docker or Kubernetes
        env_nested_delimiter="__",       # SHOP_DB__POOL_SIZE=20
    )

    environment: Literal["local", "ci", "staging", "production"] = "local"
    database_url: PostgresDsn            # required, no default
    jwt_secret: SecretStr                # required, masked
    debug: bool = False
    db: DbOptions = DbOptions()

    @model_validator(mode="after")
    def production_rules(self) -> "Settings":
        if self.environment == "production" and self.debug:
            raise ValueError("debug must be off in production")
        return self
# -----------------------------------------------------------------------------------------------

work = tempfile.mkdtemp()
os.chdir(work)
secrets = os.path.join(work, "secrets")
os.makedirs(secrets)

# 1. required fields missing: fails at construction
try:
    Settings(_secrets_dir=secrets)
    raise AssertionError("expected ValidationError")
except ValidationError as e:
    print("nothing supplied ->", [(err["loc"], err["type"]) for err in e.errors()])

# 2. a secret file named like the variable, prefix included
open(os.path.join(secrets, "SHOP_JWT_SECRET"), "w").write("from-secret-file")
os.environ["SHOP_DATABASE_URL"] = "postgresql://env-db/shop"
os.environ["SHOP_DB__POOL_SIZE"] = "20"
s = Settings(_secrets_dir=secrets)
print("secret file SHOP_JWT_SECRET ->", repr(s.jwt_secret), s.jwt_secret.get_secret_value())
print("repr of the settings:", repr(s))
print("SHOP_DB__POOL_SIZE=20 ->", s.db)
assert s.jwt_secret.get_secret_value() == "from-secret-file" and s.db.pool_size == 20
assert "from-secret-file" not in repr(s)
os.rename(os.path.join(secrets, "SHOP_JWT_SECRET"), os.path.join(secrets, "jwt_secret"))
try:
    Settings(_secrets_dir=secrets)
    print("secret file named jwt_secret (no prefix) -> read")
except ValidationError as e:
    print("secret file named jwt_secret (no prefix) -> not read:", [err["loc"] for err in e.errors()])
os.rename(os.path.join(secrets, "jwt_secret"), os.path.join(secrets, "shop_jwt_secret"))
print("secret file named shop_jwt_secret (lower case) ->", Settings(_secrets_dir=secrets).jwt_secret.get_secret_value())

# 3. precedence: real variables > .env > secret files
open(".env", "w").write("SHOP_JWT_SECRET=from-dotenv\nSHOP_DATABASE_URL=postgresql://dotenv-db/shop\n")
s = Settings(_secrets_dir=secrets)
print(".env and a secret file both set jwt_secret ->", s.jwt_secret.get_secret_value(), "| database_url (env var) ->",
      s.database_url)
assert s.jwt_secret.get_secret_value() == "from-dotenv" and str(s.database_url) == "postgresql://env-db/shop"
os.environ["SHOP_JWT_SECRET"] = "from-env-var"
print("plus a real variable ->", Settings(_secrets_dir=secrets).jwt_secret.get_secret_value())
del os.environ["SHOP_JWT_SECRET"]
print("_env_file=None ignores .env ->", Settings(_secrets_dir=secrets, _env_file=None).jwt_secret.get_secret_value())

# 4. the production rule, and what the error prints
os.environ["SHOP_ENVIRONMENT"] = "production"
os.environ["SHOP_DEBUG"] = "true"
try:
    Settings(_secrets_dir=secrets)
    raise AssertionError("expected ValidationError")
except ValidationError as e:
    text = str(e)
    print("production + debug ->", text.splitlines()[1].strip())
    print("    the raw input dict is echoed (Pydantic shortens long reprs in the middle): starts with the secret:",
          "'jwt_secret': 'from-dote" in text)
    assert "'jwt_secret': 'from-dote" in text


class Hidden(Settings):
    model_config = SettingsConfigDict(hide_input_in_errors=True)

try:
    Hidden(_secrets_dir=secrets)
except ValidationError as e:
    print("hide_input_in_errors=True ->", str(e).splitlines()[1].strip())
    assert "from-dote" not in str(e)

os.environ["SHOP_DATABASE_URL"] = "mysql://x/y"
os.environ["SHOP_DEBUG"] = "false"
try:
    Settings(_secrets_dir=secrets)
except ValidationError as e:
    print("a MySQL URL for PostgresDsn ->", e.errors()[0]["type"])
print("OK settings-environments-and-secrets")
