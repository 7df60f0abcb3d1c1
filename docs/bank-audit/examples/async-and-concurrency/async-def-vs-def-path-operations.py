"""async-def-vs-def-path-operations: the answer's two endpoints as they stand, with stubs (HttpClient, WEATHER_URL,
Forecast, legacy_sdk, LegacyRecord) that record the thread they run in. Checked: async def runs on the event loop's
thread, def in an AnyIO worker thread; dependencies follow the same rule and mix in one graph; a def helper called
from async def stays on the loop; the default limiter has 40 tokens."""
import threading
from typing import Annotated

import anyio.to_thread
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel

seen: dict[str, str] = {}
WEATHER_URL = "http://weather.invalid"


def where(label):
    seen[label] = threading.current_thread().name


class _Resp:
    def __init__(self, data):
        self._data = data

    def json(self):
        return self._data


class _Http:
    async def get(self, url):
        where("async client call")
        return _Resp({"city": url.rsplit("/", 1)[1], "temp": 21})


def sync_dep():
    where("def dependency")
    return "s"


async def async_dep(s: Annotated[str, Depends(sync_dep)]):
    where("async def dependency")
    return _Http()


HttpClient = Annotated[_Http, Depends(async_dep)]


class Forecast(BaseModel):
    city: str
    temp: int


class LegacyRecord(BaseModel):
    code: str


class legacy_sdk:
    @staticmethod
    def fetch(code):
        where("blocking SDK")
        return {"code": code}


app = FastAPI()


# --- the answer's code, as it stands ---
@app.get("/weather/{city}")
async def weather(city: str, http: HttpClient) -> Forecast:
    r = await http.get(f"{WEATHER_URL}/{city}")       # non-blocking
    return Forecast.model_validate(r.json())

@app.get("/legacy/{code}")
def legacy_lookup(code: str) -> LegacyRecord:
    return LegacyRecord(**legacy_sdk.fetch(code))     # blocking SDK, fine in def


def helper():
    where("def helper called from async def")


@app.get("/loop-thread")
async def loop_thread():
    where("async def endpoint")
    helper()
    return {}


with TestClient(app) as client:
    assert client.get("/weather/oslo").json() == {"city": "oslo", "temp": 21}
    assert client.get("/legacy/X1").json() == {"code": "X1"}
    client.get("/loop-thread")
    tokens = client.portal.call(lambda: anyio.to_thread.current_default_thread_limiter().total_tokens)

for k, v in seen.items():
    print(f"{k:35} {v}")
loop = seen["async def endpoint"]
assert seen["async client call"] == seen["async def dependency"] == loop
assert seen["def helper called from async def"] == loop
assert seen["blocking SDK"] != loop and seen["def dependency"] != loop
assert "AnyIO worker thread" in seen["blocking SDK"], seen
print("default thread limiter tokens:", tokens)
assert tokens == 40
print("OK async-def-vs-def-path-operations")
