"""async-mixing-sync-and-async-calls: the answer's legacy_report endpoint as it stands (stubs: legacy_sdk,
rates_client, build_report), and the table's other cells. Checked: anyio.from_thread.run runs the async helper on
the app's own event loop from a def endpoint's worker thread; calling an async helper without await only makes a
coroutine ("never awaited" warning); asyncio.run in the thread starts a second loop on which an object bound to
the app's loop fails (an asyncio.Queue created in the lifespan stands in for a loop-bound client); run_in_threadpool
from async def; a def helper called from async def runs on the loop."""
import asyncio
import threading
import warnings
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.testclient import TestClient

seen: dict[str, object] = {}


class legacy_sdk:
    @staticmethod
    def load_rows():
        seen["load_rows thread"] = threading.current_thread().name
        return [1, 2]


class rates_client:
    @staticmethod
    async def get_rates(currency):
        seen["get_rates loop"] = asyncio.get_running_loop()
        await asyncio.sleep(0.01)
        return {currency: 1.1}

    @staticmethod
    async def fetch(url):
        return url


def build_report(rows, rates):
    return {"rows": rows, "rates": rates}


@asynccontextmanager
async def lifespan(app):
    seen["app loop"] = asyncio.get_running_loop()
    app.state.pool = asyncio.Queue()                    # something bound to the app's loop once used
    waiter = asyncio.create_task(app.state.pool.get())  # binds it
    await asyncio.sleep(0)
    yield
    waiter.cancel()

app = FastAPI(lifespan=lifespan)


# --- the answer's code, as it stands ---
@app.get("/legacy-report")
def legacy_report():
    rows = legacy_sdk.load_rows()                               # blocking, fine here
    rates = anyio.from_thread.run(rates_client.get_rates, "EUR")  # async helper on the app's loop
    return build_report(rows, rates)


@app.get("/no-await")
def no_await():
    result = rates_client.fetch("http://x")
    return {"type": type(result).__name__}


@app.get("/asyncio-run")
def with_asyncio_run():
    async def use_pool():
        seen["asyncio.run loop"] = asyncio.get_running_loop()
        return await asyncio.wait_for(app.state.pool.get(), 0.2)
    try:
        asyncio.run(use_pool())
    except RuntimeError as exc:
        return {"error": str(exc).split(">")[-1].strip()}


def quick_helper():
    seen["def helper thread"] = threading.current_thread().name


def blocking_helper(x):
    seen["run_in_threadpool thread"] = threading.current_thread().name
    return x


@app.get("/from-async")
async def from_async():
    seen["async endpoint thread"] = threading.current_thread().name
    quick_helper()
    return {"x": await run_in_threadpool(blocking_helper, 5)}


with TestClient(app) as client:
    r = client.get("/legacy-report")
    print("legacy-report:", r.json(), "| rows read in", seen["load_rows thread"])
    assert r.json() == {"rows": [1, 2], "rates": {"EUR": 1.1}}
    assert seen["get_rates loop"] is seen["app loop"]          # the app's own loop, not a new one
    assert "AnyIO worker thread" in seen["load_rows thread"]

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = client.get("/no-await")
        import gc; gc.collect()
    print("call without await:", r.json(), "|", [str(w.message) for w in caught])
    assert r.json() == {"type": "coroutine"} and any("never awaited" in str(w.message) for w in caught)

    r = client.get("/asyncio-run")
    print("asyncio.run in a def endpoint:", r.json())
    assert seen["asyncio.run loop"] is not seen["app loop"]
    assert r.json() == {"error": "is bound to a different event loop"}

    r = client.get("/from-async")
    print("from async def:", r.json(), "| def helper on", seen["def helper thread"],
          "| run_in_threadpool on", seen["run_in_threadpool thread"])
    assert seen["def helper thread"] == seen["async endpoint thread"]
    assert "AnyIO worker thread" in seen["run_in_threadpool thread"]
print("OK async-mixing-sync-and-async-calls")
