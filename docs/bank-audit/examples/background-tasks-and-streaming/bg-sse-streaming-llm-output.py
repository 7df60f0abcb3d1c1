"""bg-sse-streaming-llm-output: the answer's chat endpoint as it stands. Stubs: Prompt, and llm.stream returning an
async iterator of tokens with an aclose() that itself awaits before recording that it ran. Checked with TestClient:
the wire format (event: token / data: {"t": ...}, then event: done / data: [DONE]), the headers FastAPI adds, and
aclose in finally; with a real Uvicorn on a free 127.0.0.1 port: a client that leaves mid-stream stops the generator, and its finally
runs inside a cancelled scope. Without the shield (the file's code before this run) the awaited aclose() is
itself cancelled at its first await; with the answer's shielded CancelScope it completes. Also: an EventSourceResponse built and
returned by hand gets neither header, and the older StreamingResponse form."""
import asyncio
import json
import socket
import threading
import time

import uvicorn
from fastapi.responses import StreamingResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel

log: list[str] = []


from fastapi import FastAPI
app = FastAPI()


class Prompt(BaseModel):
    text: str


class _Upstream:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self._gen()

    async def _gen(self):
        for i in range(self.n):
            await asyncio.sleep(0.05)
            log.append(f"token {i} produced")
            yield f"tok{i}"

    async def aclose(self):
        log.append("aclose called")
        try:
            await asyncio.sleep(0.01)                   # a real client awaits network I/O here
        except BaseException as exc:
            log.append(f"aclose interrupted by {type(exc).__name__}")
            raise
        log.append("upstream closed")


class llm:
    n = 3

    @staticmethod
    async def stream(text):
        return _Upstream(llm.n)


# --- the answer's code, as it stands ---
from collections.abc import AsyncIterable
import anyio
from fastapi import FastAPI, Request
from fastapi.sse import EventSourceResponse, ServerSentEvent

@app.post("/chat/stream", response_class=EventSourceResponse)
async def chat(prompt: Prompt, request: Request) -> AsyncIterable[ServerSentEvent]:
    upstream = await llm.stream(prompt.text)          # async client
    try:
        async for token in upstream:
            if await request.is_disconnected():
                break
            yield ServerSentEvent(data={"t": token}, event="token")
        yield ServerSentEvent(raw_data="[DONE]", event="done")
    finally:
        with anyio.CancelScope(shield=True):          # runs even when the stream was cancelled
            await upstream.aclose()                   # stop paying for tokens


# --- the same endpoint as the file had it before this run: the close not shielded ---
@app.post("/chat/stream-unshielded", response_class=EventSourceResponse)
async def chat_unshielded(prompt: Prompt, request: Request) -> AsyncIterable[ServerSentEvent]:
    upstream = await llm.stream(prompt.text)
    try:
        async for token in upstream:
            if await request.is_disconnected():
                break
            yield ServerSentEvent(data={"t": token}, event="token")
        yield ServerSentEvent(raw_data="[DONE]", event="done")
    finally:
        await upstream.aclose()


@app.get("/by-hand")
async def by_hand():
    async def gen():
        yield "data: hi\n\n"
    return EventSourceResponse(gen())


@app.get("/older")
async def older():
    async def gen():
        for chunk in ({"t": "a"}, {"t": "b"}):
            yield f"data: {json.dumps(chunk)}\n\n"
    return StreamingResponse(gen(), media_type="text/event-stream")


client = TestClient(app)
r = client.post("/chat/stream", json={"text": "hello"})
print(r.status_code, r.headers["content-type"], "| cache-control:", r.headers.get("cache-control"),
      "| x-accel-buffering:", r.headers.get("x-accel-buffering"))
print(r.text)
assert r.text == ('event: token\ndata: {"t": "tok0"}\n\nevent: token\ndata: {"t": "tok1"}\n\n'
                  'event: token\ndata: {"t": "tok2"}\n\nevent: done\ndata: [DONE]\n\n'), repr(r.text)
assert r.headers["cache-control"] == "no-cache" and r.headers["x-accel-buffering"] == "no"
assert log[-1] == "upstream closed"

r = client.get("/by-hand")
print("built by hand:", r.headers["content-type"], "| cache-control:", r.headers.get("cache-control"),
      "| x-accel-buffering:", r.headers.get("x-accel-buffering"))
assert "cache-control" not in r.headers and "x-accel-buffering" not in r.headers
r = client.get("/older")
print("older form:", r.headers["content-type"], r.text.split("\n\n")[:2])

# a client that leaves mid-stream, against a real server
llm.n = 1000
log.clear()
sock = socket.socket()
sock.bind(("127.0.0.1", 0))
server = uvicorn.Server(uvicorn.Config(app, http="h11", log_level="warning"))
thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
thread.start()
while not server.started:
    time.sleep(0.01)


def leave_after_three(path):
    log.clear()
    s = socket.create_connection(sock.getsockname())
    body = b'{"text": "hello"}'
    s.sendall(b"POST %s HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
              b"Content-Length: %d\r\n\r\n%s" % (path.encode(), len(body), body))
    received = b""
    while received.count(b"event: token") < 3:
        received += s.recv(4096)
    s.close()
    time.sleep(0.5)
    produced = len([e for e in log if e.startswith("token")])
    return produced, log[produced:]


try:
    produced, after = leave_after_three("/chat/stream-unshielded")
    print(f"close not shielded, client left after 3 events: {produced} tokens produced, then {after}")
    assert produced < 10 and after == ["aclose called", "aclose interrupted by CancelledError"], after
    produced, after = leave_after_three("/chat/stream")
    print(f"answer's code (shielded), client left after 3 events: {produced} tokens produced, then {after}")
    assert produced < 10 and after == ["aclose called", "upstream closed"], after
finally:
    server.should_exit = True
    thread.join(5)
print("OK bg-sse-streaming-llm-output")
