"""settings-customise-sources-priority: the file's Settings with settings_customise_sources, with a YAML file on
disk and a stand-in boto3 module (no AWS here) so AWSSecretsManagerSettingsSource can run."""
import io
import json
import logging
import os
import sys
import tempfile
import types
import warnings

work = tempfile.mkdtemp()
os.chdir(work)                                   # yaml_file="config/staging.yaml" is relative
os.makedirs("config")
open("config/staging.yaml", "w").write("database_url: postgresql://yaml-db/shop\npage_size: 25\npayment_api_key: from-yaml\n")

secret_calls = []
SECRET = {"database_url": "postgresql://aws-db/shop", "payment_api_key": "sk_live_from_aws", "page_size": 40}


class FakeSecretsManager:
    def get_secret_value(self, **request):
        secret_calls.append(request)
        return {"SecretString": json.dumps(SECRET)}


boto3 = types.ModuleType("boto3")
boto3.client = lambda service, region_name=None, endpoint_url=None: FakeSecretsManager()
sys.modules["boto3"] = boto3
os.environ["SHOP_SECRET_ID"] = "shop/staging"

# --- the file's code ---------------------------------------------------------------------------
import os
from pydantic import SecretStr
from pydantic_settings import (AWSSecretsManagerSettingsSource, BaseSettings,
                               PydanticBaseSettingsSource, SettingsConfigDict,
                               YamlConfigSettingsSource)

class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_", yaml_file="config/staging.yaml")

    database_url: str
    payment_api_key: SecretStr
    page_size: int = 50

    @classmethod
    def settings_customise_sources(
        cls, settings_cls, init_settings, env_settings, dotenv_settings, file_secret_settings
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,          # Settings(page_size=5) in tests still wins
            env_settings,           # operators override anything
            AWSSecretsManagerSettingsSource(
                settings_cls, os.environ["SHOP_SECRET_ID"], env_prefix=""),
            YamlConfigSettingsSource(settings_cls),   # reads yaml_file
        )
# -----------------------------------------------------------------------------------------------

s = Settings()
print("no env overrides:", s.database_url, s.payment_api_key, s.page_size, "(AWS beats YAML)")
assert s.database_url == "postgresql://aws-db/shop" and s.page_size == 40
del SECRET["page_size"]
print("AWS secret without page_size -> YAML supplies it:", Settings().page_size)
assert Settings().page_size == 25
os.environ["SHOP_PAGE_SIZE"] = "60"
print("SHOP_PAGE_SIZE=60 -> env beats AWS and YAML:", Settings().page_size)
assert Settings().page_size == 60
print("Settings(page_size=5) -> init beats env:", Settings(page_size=5).page_size)
assert Settings(page_size=5).page_size == 5
print("Settings() built 7 times so far; secret fetched", len(secret_calls), "times")
assert len(secret_calls) == 7

# the AWS source without env_prefix="" inherits SHOP_ and finds no keys
src = AWSSecretsManagerSettingsSource(Settings, "shop/staging")
print("AWS source with the class prefix -> values:", src(), "| with env_prefix='':",
      sorted(AWSSecretsManagerSettingsSource(Settings, "shop/staging", env_prefix="")()))
# case-sensitive by default
SECRET["DATABASE_URL"] = SECRET.pop("database_url")
print("secret key DATABASE_URL (upper case) ->",
      sorted(AWSSecretsManagerSettingsSource(Settings, "shop/staging", env_prefix="")()))
SECRET["database_url"] = SECRET.pop("DATABASE_URL")


# yaml_file without a YAML source: a warning only
class NoYaml(BaseSettings):
    model_config = SettingsConfigDict(yaml_file="config/staging.yaml")
    page_size: int = 50

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print("yaml_file without a YAML source ->", NoYaml().page_size, "| warning:",
          [f"{x.category.__name__}: {str(x.message)[:70]}" for x in w])

# PYDANTIC_SETTINGS_DEBUG
buf = io.StringIO()
h = logging.StreamHandler(buf)
logging.getLogger("pydantic_settings").addHandler(h)
logging.getLogger("pydantic_settings").setLevel(logging.DEBUG)
os.environ["PYDANTIC_SETTINGS_DEBUG"] = "1"
Settings()
out = buf.getvalue()
print("PYDANTIC_SETTINGS_DEBUG=1 log:")
print("\n".join("   " + l[:140] for l in out.splitlines()))
assert "sk_live_from_aws" in out          # prints secrets
print("OK settings-customise-sources-priority")
