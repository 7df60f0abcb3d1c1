"""async-client-disconnect-and-deadlines: what Uvicorn does when the client goes away. A real Uvicorn server on a
free 127.0.0.1 port (h11) and raw sockets that send a request and close early:
- a plain endpoint keeps running to the end after the disconnect;
- the answer's /report loop stops at request.is_disconnected();
- a StreamingResponse generator is closed (its finally runs) when the client leaves.
Then the answer's deadline snippet in an endpoint (asyncio.timeout(8) shortened to 0.2 s, and the fail_after
variant), and a thread that keeps running after the timeout. Stubs: HttpClient, months, fetch_month, build."""
import asyncio
import inspect
import socket
import threading
import time
from typing import Annotated

import anyio
import uvicorn
from fastapi import Depends, FastAPI, HTTPException, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from fastapi.testclient import TestClient

events: list[str] = []
HttpClient = Annotated[object, Depends(lambda: object())]
months = list(range(1, 13))


async def fetch_month(http, month):
    await asyncio.sleep(0.1)
    events.append(f"month {month}")
    return month


def build(parts):
    return {"months": parts}


app = FastAPI()


@app.get("/plain")
async def plain():
    for step in range(5):
        await asyncio.sleep(0.1)
        events.append(f"plain step {step}")
    events.append("plain finished")
    return {"ok": True}


# --- the answer's code, as it stands ---
@app.get("/report")
async def report(request: Request, http: HttpClient):
    parts = []
    for month in months:
        if await request.is_disconnected():
            return Response(status_code=204)          # client is gone; stop working
        parts.append(await fetch_month(http, month))
    return build(parts)


@app.get("/stream")
async def stream():
    async def gen():
        try:
            for i in range(50):
                yield f"chunk {i}\n"
                await asyncio.sleep(0.05)
            events.append("stream finished")
        finally:
            events.append("stream generator closed")
    return StreamingResponse(gen())


def serve(application):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(application, http="h11", log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    return server, thread, sock.getsockname()[1]


def hit_and_leave(port, path, wait):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(f"GET {path} HTTP/1.1\r\nHost: t\r\n\r\n".encode())
    time.sleep(wait)
    s.close()


server, thread, port = serve(app)
try:
    hit_and_leave(port, "/plain", 0.15)
    time.sleep(0.7)
    print("plain endpoint after disconnect:", events)
    assert events[-1] == "plain finished", events          # ran to completion, nothing cancelled it

    events.clear()
    hit_and_leave(port, "/report", 0.25)
    time.sleep(1.0)
    print("report loop:", events)
    assert 1 <= len(events) <= 4, events                    # stopped after a few months, not 12

    events.clear()
    hit_and_leave(port, "/stream", 0.2)
    time.sleep(0.5)
    print("streaming response:", events)
    assert events == ["stream generator closed"], events
finally:
    server.should_exit = True
    thread.join(5)

# --- deadlines: the answer's snippet in an endpoint (8 s shortened to 0.2 s) ---
app2 = FastAPI()


async def slow_aggregate():
    await asyncio.sleep(1)
    return {"done": True}


@app2.get("/asyncio-timeout")
async def with_asyncio_timeout():
    try:
        async with asyncio.timeout(0.2):                   # or anyio.fail_after(8)
            data = await slow_aggregate()
    except TimeoutError:
        raise HTTPException(504, "Report took too long")
    return data


@app2.get("/fail-after")
async def with_fail_after():
    try:
        with anyio.fail_after(0.2):
            data = await slow_aggregate()
    except TimeoutError:
        raise HTTPException(504, "Report took too long")
    return data


thread_log: list[str] = []


def blocking_call():
    time.sleep(0.5)
    thread_log.append("thread finished")


@app2.get("/thread")
async def thread_call():
    t0 = time.perf_counter()
    try:
        async with asyncio.timeout(0.1):
            await run_in_threadpool(blocking_call)
    except TimeoutError:
        return {"gave_up_after": round(time.perf_counter() - t0, 2), "thread": list(thread_log)}


with TestClient(app2) as client:
    for path in ("/asyncio-timeout", "/fail-after"):
        r = client.get(path)
        print(path, r.status_code, r.json())
        assert r.status_code == 504 and r.json() == {"detail": "Report took too long"}
    r = client.get("/thread")
    print("/thread", r.json())
    assert r.json()["thread"] == [] and r.json()["gave_up_after"] < 0.3
    time.sleep(0.6)
    print("later:", thread_log)
    assert thread_log == ["thread finished"]                # the thread ran on after the timeout

timeouts = [p for p in inspect.signature(uvicorn.Config).parameters if "timeout" in p]
print("Uvicorn timeout settings:", timeouts)
assert not any("request" in p for p in timeouts)
print("OK async-client-disconnect-and-deadlines")
