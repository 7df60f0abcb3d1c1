"""testing-dependency-overrides: the file's weather dependency, route and fixture, plus the rules and mistakes."""
from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Header
from fastapi.testclient import TestClient

calls: list[str] = []


class Settings:
    weather_key = "real-key"


@lru_cache
def get_settings() -> Settings:
    calls.append("get_settings")
    return Settings()


class WeatherClient:
    def __init__(self, api_key: str):
        calls.append("WeatherClient")
        self.api_key = api_key

    def forecast(self, city: str) -> dict:
        calls.append("paid call")
        return {"city": city, "temp_c": 3}


router = APIRouter()

# --- the file's code ---------------------------------------------------------------------------
# app/weather.py
def get_weather_client() -> WeatherClient:
    return WeatherClient(api_key=get_settings().weather_key)

@router.get("/forecast/{city}")
def forecast(city: str, wc: Annotated[WeatherClient, Depends(get_weather_client)]):
    return wc.forecast(city)

# tests/conftest.py
class FakeWeather:
    def forecast(self, city: str) -> dict:
        return {"city": city, "temp_c": 21}

import pytest

@pytest.fixture
def client():
    app.dependency_overrides[get_weather_client] = lambda: FakeWeather()
    with TestClient(app) as c:
        yield c
    app.dependency_overrides.clear()
# -----------------------------------------------------------------------------------------------

app = FastAPI()
app.include_router(router)
print("app.dependency_overrides is a", type(app.dependency_overrides).__name__)

gen = client.__pytest_wrapped__.obj()          # run the fixture function by hand
c = next(gen)
r = c.get("/forecast/Oslo")
print("with the override ->", r.json(), "| real code ran:", calls)
assert r.json() == {"city": "Oslo", "temp_c": 21} and calls == []
next(gen, None)                                   # fixture teardown
print("after teardown, overrides:", app.dependency_overrides)
assert app.dependency_overrides == {}

# a look-alike function is a different key
def get_weather_client_copy() -> WeatherClient:
    return WeatherClient(api_key=get_settings().weather_key)

app.dependency_overrides[get_weather_client_copy] = lambda: FakeWeather()
r = TestClient(app).get("/forecast/Oslo")
print("override keyed by a look-alike function ->", r.json(), "| real code ran:", calls)
assert r.json()["temp_c"] == 3 and "paid call" in calls
app.dependency_overrides.clear()
calls.clear()

# the override is resolved like a dependency: own parameters, Depends, generator with cleanup
def fake_with_params(x_unit: Annotated[str, Header()] = "C"):
    calls.append(f"fake opened ({x_unit})")
    yield FakeWeather()
    calls.append("fake closed")

app.dependency_overrides[get_weather_client] = fake_with_params
r = TestClient(app).get("/forecast/Oslo", headers={"X-Unit": "F"})
print("generator override with a header parameter ->", r.json(), calls)
assert calls == ["fake opened (F)", "fake closed"]
app.dependency_overrides.clear()
calls.clear()

# overrides reach decorator, router, include_router and app-level dependencies
seen = []
def audit():
    seen.append("real audit")
def fake_audit():
    seen.append("fake audit")

r2 = APIRouter(dependencies=[Depends(audit)])
@r2.get("/router-level")
def rl(): return {}
r3 = APIRouter()
@r3.get("/include-level")
def il(): return {}
@r3.get("/decorator-level", dependencies=[Depends(audit)])
def dl(): return {}
app3 = FastAPI(dependencies=[Depends(audit)])
app3.include_router(r2)
app3.include_router(r3, dependencies=[Depends(audit)])
app3.dependency_overrides[audit] = fake_audit
c3 = TestClient(app3)
for path in ("/router-level", "/include-level", "/decorator-level"):
    seen.clear()
    c3.get(path)
    print(f"{path}: {seen}")
    assert "real audit" not in seen

# a mounted sub-application has its own dependency_overrides
sub = FastAPI()
@sub.get("/forecast/{city}")
def sub_forecast(city: str, wc: Annotated[WeatherClient, Depends(get_weather_client)]):
    return wc.forecast(city)
app.mount("/sub", sub)
app.dependency_overrides[get_weather_client] = lambda: FakeWeather()
print("mounted sub-app, override set on the parent ->", TestClient(app).get("/sub/forecast/Oslo").json())
sub.dependency_overrides[get_weather_client] = lambda: FakeWeather()
print("override set on the sub-app ->", TestClient(app).get("/sub/forecast/Oslo").json())
print("OK testing-dependency-overrides")
