"""async-offloading-with-to-thread: the answer's create_shipment as it stands (stubs: ShipmentIn, ShipmentOut,
SessionDep, carrier_sdk, shipments), then each row of the table and each pitfall: which limiter each tool uses,
keyword arguments, asyncio.to_thread's executor size, passing the result instead of the function, and what a
timeout does to a thread (asyncio.timeout gives up at once; fail_after waits for the thread and, with no other
await left in its block, then lets the result through without a TimeoutError; abandon_on_cancel=True gives up at
once; the thread runs on in every case)."""
import asyncio
import functools
import os
import threading
import time
from types import SimpleNamespace
from typing import Annotated

import anyio
import anyio.to_thread
from fastapi import Depends, FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.testclient import TestClient
from pydantic import BaseModel

seen: dict[str, object] = {}


def limiter_use():
    """Tokens in use on the running loop's default limiter (captured on the loop, read from the thread)."""
    return seen["limiter"].borrowed_tokens


async def capture_limiter():
    seen["limiter"] = anyio.to_thread.current_default_thread_limiter()


class ShipmentIn(BaseModel):
    address: str


class ShipmentOut(BaseModel):
    id: int
    tracking_number: str


class carrier_sdk:
    @staticmethod
    def create_label(address, service="standard"):
        seen["sdk thread"] = threading.current_thread().name
        seen["default tokens in use"] = limiter_use()
        time.sleep(0.05)
        return SimpleNamespace(tracking_number=f"{service}-{address}")


async def _save(session, body, tracking_number):
    return ShipmentOut(id=1, tracking_number=tracking_number)


shipments = SimpleNamespace(save=_save)
SessionDep = Annotated[object, Depends(lambda: "session")]
app = FastAPI()


# --- the answer's code, as it stands ---
@app.post("/shipments")
async def create_shipment(body: ShipmentIn, session: SessionDep) -> ShipmentOut:
    label = await run_in_threadpool(carrier_sdk.create_label, body.address, service="express")
    shipment = await shipments.save(session, body, label.tracking_number)
    return shipment


with TestClient(app) as client:
    client.portal.call(capture_limiter)
    r = client.post("/shipments", json={"address": "oslo"})
    print("create_shipment:", r.json(), "| SDK ran in", seen["sdk thread"], "holding", seen["default tokens in use"], "default token(s)")
    assert r.json() == {"id": 1, "tracking_number": "express-oslo"}
    assert "AnyIO worker thread" in seen["sdk thread"] and seen["default tokens in use"] == 1


def probe():
    return threading.current_thread().name, limiter_use()


async def table():
    await capture_limiter()
    out = {}
    out["run_in_threadpool"] = await run_in_threadpool(probe)
    out["anyio.to_thread.run_sync"] = await anyio.to_thread.run_sync(probe)
    own = anyio.CapacityLimiter(10)
    out["run_sync(limiter=own)"] = await anyio.to_thread.run_sync(probe, limiter=own)
    out["asyncio.to_thread"] = await asyncio.to_thread(probe)
    try:
        await anyio.to_thread.run_sync(carrier_sdk.create_label, "oslo", service="express")
    except TypeError as exc:
        out["run_sync with keyword"] = f"TypeError: {exc}"
    out["run_sync with partial"] = (await anyio.to_thread.run_sync(
        functools.partial(carrier_sdk.create_label, "oslo", service="express"))).tracking_number
    out["asyncio.to_thread with keyword"] = (await asyncio.to_thread(
        carrier_sdk.create_label, "oslo", service="express")).tracking_number
    out["default executor max_workers"] = asyncio.get_running_loop()._default_executor._max_workers
    out["default tokens"] = anyio.to_thread.current_default_thread_limiter().total_tokens
    return out


out = anyio.run(table)
for k, v in out.items():
    print(f"{k:32} {v}")
assert out["run_in_threadpool"][1] == 1 and out["anyio.to_thread.run_sync"][1] == 1
assert out["run_sync(limiter=own)"][1] == 0 and out["asyncio.to_thread"][1] == 0       # not AnyIO's tokens
assert out["asyncio.to_thread"][0].startswith("asyncio_")
assert out["run_sync with keyword"].startswith("TypeError") and "service" in out["run_sync with keyword"]
assert out["run_sync with partial"] == out["asyncio.to_thread with keyword"] == "express-oslo"
assert out["default executor max_workers"] == min(32, os.cpu_count() + 4) and out["default tokens"] == 40


# pass the function, not the result
async def wrong():
    await capture_limiter()
    loop_thread = threading.current_thread().name
    try:
        await run_in_threadpool(carrier_sdk.create_label("oslo"))
    except TypeError as exc:
        return loop_thread, seen["sdk thread"], str(exc)


loop_thread, sdk_thread, err = anyio.run(wrong)
print("result instead of function: SDK ran on", sdk_thread, "(the loop's thread:", loop_thread == sdk_thread, ") then", err)
assert sdk_thread == loop_thread and "must be callable" in err

# cancellation and threads
finished: list[float] = []


def slow():
    time.sleep(0.5)
    finished.append(time.perf_counter())


async def timeouts():
    res = {}
    for name in ("asyncio.timeout", "anyio.fail_after", "fail_after + abandon_on_cancel"):
        finished.clear()
        t0 = time.perf_counter()
        outcome = "returned normally"
        try:
            if name == "asyncio.timeout":
                async with asyncio.timeout(0.1):
                    await anyio.to_thread.run_sync(slow)
            elif name == "anyio.fail_after":
                with anyio.fail_after(0.1):
                    await anyio.to_thread.run_sync(slow)
            else:
                with anyio.fail_after(0.1):
                    await anyio.to_thread.run_sync(slow, abandon_on_cancel=True)
        except TimeoutError:
            outcome = "TimeoutError"
        back = round(time.perf_counter() - t0, 1)
        thread_done_before = bool(finished)
        await asyncio.sleep(0.6)
        res[name] = (outcome, back, thread_done_before, bool(finished))
    return res


res = asyncio.run(timeouts())
for k, (outcome, back, before, after) in res.items():
    print(f"{k:32} {outcome} after {back}s; thread done by then: {before}; thread finished later: {after}")
assert res["asyncio.timeout"] == ("TimeoutError", 0.1, False, True)            # gives up at once
assert res["anyio.fail_after"] == ("returned normally", 0.5, True, True)       # held off until the thread returned
assert res["fail_after + abandon_on_cancel"] == ("TimeoutError", 0.1, False, True)
print("OK async-offloading-with-to-thread")
