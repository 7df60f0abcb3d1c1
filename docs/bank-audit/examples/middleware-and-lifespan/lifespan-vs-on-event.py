# lifespan-vs-on-event: the model answer's lifespan with a stub model loader; on_event skipped and deprecated when
# lifespan is passed; TestClient with and without `with`; a failing startup; a mounted app; try/finally.
import asyncio
import warnings
from types import SimpleNamespace

from fastapi import Request
from fastapi.testclient import TestClient

settings = SimpleNamespace(model_path="/models/clf.bin")
events = []


def load_model(path):
    events.append("load_model")
    return SimpleNamespace(path=path)


# --- the model answer's code ---
from contextlib import asynccontextmanager
import httpx
from fastapi import FastAPI

@asynccontextmanager
async def lifespan(app: FastAPI):
    classifier = load_model(settings.model_path)     # slow, do it once
    http = httpx.AsyncClient(timeout=10)
    app.state.classifier, app.state.http = classifier, http
    try:
        yield                                        # the app serves requests here
    finally:
        await http.aclose()                          # runs at shutdown
        events.append("http closed")                 # added

app = FastAPI(lifespan=lifespan)
# --- end ---


@app.get("/model")
async def model(request: Request):
    events.append("request")
    return {"path": request.app.state.classifier.path, "http_closed": request.app.state.http.is_closed}


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    @app.on_event("startup")
    async def old_startup():
        events.append("on_event startup")
print("on_event warns:", [f"{w.category.__name__}: {str(w.message)[:60]}" for w in caught])
assert any(issubclass(w.category, DeprecationWarning) for w in caught)

with TestClient(app) as client:
    assert client.get("/model").json() == {"path": "/models/clf.bin", "http_closed": False}
    assert client.get("/model").status_code == 200
print("events:", events)
assert events == ["load_model", "request", "request", "http closed"]     # once; on_event handler skipped

# TestClient without `with`: no lifespan
fresh = FastAPI(lifespan=lifespan)      # a fresh app: the first one still has app.state from its earlier run
fresh.get("/model")(model)
events.clear()
r = TestClient(fresh, raise_server_exceptions=False).get("/model")
print("without `with`:", r.status_code, events)
assert r.status_code == 500 and events == ["request"]

# on_event alone still runs (deprecated)
old = FastAPI()
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    old.on_event("startup")(old_startup)
events.clear()
with TestClient(old):
    pass
assert events == ["on_event startup"]

# startup raising: the app does not start
def load_model(path):
    raise FileNotFoundError(path)


try:
    with TestClient(FastAPI(lifespan=lifespan)):
        raise AssertionError("should not start")
except FileNotFoundError as exc:
    print("failing startup:", repr(exc))

# a mounted sub-application's lifespan does not run
sub_events = []


@asynccontextmanager
async def sub_lifespan(app):
    sub_events.append("sub start")
    yield


main = FastAPI()
main.mount("/sub", FastAPI(lifespan=sub_lifespan))
with TestClient(main):
    pass
print("mounted app's lifespan ran:", sub_events)
assert sub_events == []

# try/finally: cleanup also when an exception is raised into the context manager at the yield
def load_model(path):
    return SimpleNamespace(path=path)


async def thrown_in():
    events.clear()
    try:
        async with lifespan(FastAPI()):
            raise RuntimeError("raised while serving")
    except RuntimeError:
        pass
    return events


print("exception at the yield:", asyncio.run(thrown_in()))
assert events == ["http closed"]
print("OK lifespan-vs-on-event")
