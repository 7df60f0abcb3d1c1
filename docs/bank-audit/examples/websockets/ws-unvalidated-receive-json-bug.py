"""ws-unvalidated-receive-json-bug: the question's handler as it stands, with a small stub manager (connect accepts
and registers, broadcast sends to the room). TestClient shows which exception each bad message raises (TestClient
re-raises the app's exception); a real Uvicorn on a free 127.0.0.1 port shows the server side ("Exception in ASGI
application") and the client side (1006, no close frame). Then the answer's fix, completed around its "...": bad
messages get an error frame and the connection stays; a binary frame still breaks receive_text(); receive() with
validate_json handles both kinds of frame; include_input=False; Uvicorn's ws_max_size default."""
import asyncio
import inspect
import json
import logging
import socket
import threading
import time

import uvicorn
import uvicorn.protocols.websockets.wsproto_impl as wsproto_impl
import websockets
from fastapi import FastAPI, WebSocket, WebSocketDisconnect
from fastapi.testclient import TestClient


class Manager:
    def __init__(self):
        self.rooms: dict[str, set] = {}

    async def connect(self, room, ws):
        await ws.accept()
        self.rooms.setdefault(room, set()).add(ws)

    def disconnect(self, room, ws):
        self.rooms.get(room, set()).discard(ws)

    async def broadcast(self, room, message):
        for ws in list(self.rooms.get(room, ())):
            await ws.send_json(message)


manager = Manager()
app = FastAPI()

# --- the question's code, as it stands ---
@app.websocket("/ws/chat/{room}")
async def chat(websocket: WebSocket, room: str):
    await manager.connect(room, websocket)
    try:
        while True:
            msg = await websocket.receive_json()
            if msg["type"] == "say":
                await manager.broadcast(room, {"from": msg["user"], "text": msg["text"][:500]})
            elif msg["type"] == "typing":
                await manager.broadcast(room, {"typing": msg["user"]})
    except WebSocketDisconnect:
        pass
    finally:
        manager.disconnect(room, websocket)


def send_bad(kind, payload):
    try:
        with TestClient(app).websocket_connect("/ws/chat/r") as ws:
            if kind == "bytes":
                ws.send_bytes(payload)
            else:
                ws.send_text(payload)
            ws.receive_json()
    except WebSocketDisconnect as exc:
        return f"WebSocketDisconnect {exc.code}"
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


good = None
with TestClient(app).websocket_connect("/ws/chat/r") as ws:
    ws.send_text(json.dumps({"type": "say", "user": "ana", "text": "hi"}))
    good = ws.receive_json()
print("valid message:", good)
assert good == {"from": "ana", "text": "hi"}

cases = {
    "not JSON": ("text", "hello"),
    "binary frame": ("bytes", b'{"type": "say"}'),
    "missing user": ("text", json.dumps({"type": "typing"})),
    "text is a number": ("text", json.dumps({"type": "say", "user": "a", "text": 5})),
}
results = {name: send_bad(*args) for name, args in cases.items()}
for name, res in results.items():
    print(f"  {name:18} -> {res}")
assert results["not JSON"].startswith("JSONDecodeError")
assert results["binary frame"] == "KeyError: 'text'"
assert results["missing user"] == "KeyError: 'user'"
assert results["text is a number"].startswith("TypeError")

# a real server
server_log: list[str] = []


class Capture(logging.Handler):
    def emit(self, record):
        server_log.append(record.getMessage().strip())


def serve(application):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(application, log_level="error"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    lg = logging.getLogger("uvicorn.error")
    for h in list(lg.handlers):
        lg.removeHandler(h)
    lg.addHandler(Capture())
    lg.propagate = False
    return server, thread, sock.getsockname()[1]


async def client_view(port, path, frames):
    async with websockets.connect(f"ws://127.0.0.1:{port}{path}") as ws:
        replies = []
        try:
            for f in frames:
                await ws.send(f)
            while True:
                replies.append(json.loads(await asyncio.wait_for(ws.recv(), 0.5)))
        except websockets.exceptions.ConnectionClosed as exc:
            return replies, f"closed, code {exc.rcvd.code if exc.rcvd else 1006} ({'close frame' if exc.rcvd else 'no close frame'})"
        except TimeoutError:
            return replies, "still open"


server, thread, port = serve(app)
try:
    replies, state = asyncio.run(client_view(port, "/ws/chat/r", ["hello"]))
    time.sleep(0.1)
    print("real server, not JSON: client", state, "| server log:", server_log)
    assert state == "closed, code 1006 (no close frame)" and server_log == ["Exception in ASGI application"]
finally:
    server.should_exit = True
    thread.join(5)

# --- the answer's fix, as it stands, completed around its "..." ---
from typing import Annotated, Literal
from pydantic import BaseModel, Field, TypeAdapter, ValidationError

class Say(BaseModel):
    type: Literal["say"]
    text: str = Field(max_length=500)

class Typing(BaseModel):
    type: Literal["typing"]

Incoming = TypeAdapter(Annotated[Say | Typing, Field(discriminator="type")])

app2 = FastAPI()
manager2 = Manager()


@app2.websocket("/ws/chat/{room}")
async def chat_fixed(websocket: WebSocket, room: str):
    user = websocket.query_params.get("user", "anon")       # stands in for the authenticated identity
    await manager2.connect(room, websocket)
    try:
        while True:
            raw = await websocket.receive_text()
            try:
                msg = Incoming.validate_json(raw)
            except ValidationError as exc:
                await websocket.send_json({"error": exc.errors(include_url=False)})
                continue
            if isinstance(msg, Say):
                await manager2.broadcast(room, {"from": user, "text": msg.text})
            else:
                await manager2.broadcast(room, {"typing": user})
    except WebSocketDisconnect:
        pass
    finally:
        manager2.disconnect(room, websocket)


@app2.websocket("/ws/any/{room}")
async def chat_any_frame(websocket: WebSocket, room: str):
    await websocket.accept()
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            break
        raw = message.get("text") if message.get("text") is not None else message.get("bytes")
        try:
            msg = Incoming.validate_json(raw)
            await websocket.send_json({"ok": msg.type})
        except ValidationError as exc:
            await websocket.send_json({"error": exc.errors(include_url=False, include_input=False)})


with TestClient(app2).websocket_connect("/ws/chat/r?user=ana") as ws:
    ws.send_text("hello")
    e1 = ws.receive_json()
    ws.send_text(json.dumps({"type": "say", "text": "x" * 501}))
    e2 = ws.receive_json()
    ws.send_text(json.dumps({"type": "shout"}))
    e3 = ws.receive_json()
    ws.send_text(json.dumps({"type": "say", "text": "hi", "user": "mallory"}))
    ok = ws.receive_json()
print("fixed handler: not JSON ->", e1["error"][0]["type"], "| 501 chars ->", e2["error"][0]["type"],
      "| unknown type ->", e3["error"][0]["type"], "| valid ->", ok)
assert e1["error"][0]["type"] == "json_invalid" and e2["error"][0]["type"] == "string_too_long"
assert e3["error"][0]["type"] == "union_tag_invalid" and ok == {"from": "ana", "text": "hi"}
assert "url" not in e1["error"][0] and "input" in e1["error"][0]
try:
    with TestClient(app2).websocket_connect("/ws/chat/r") as ws:
        ws.send_bytes(b'{"type": "typing"}')
        ws.receive_json()
    raise AssertionError("no error")
except KeyError as exc:
    print("  receive_text() on a binary frame still raises KeyError", exc)

with TestClient(app2).websocket_connect("/ws/any/r") as ws:
    ws.send_bytes(b'{"type": "typing"}')
    b = ws.receive_json()
    ws.send_text('{"type": "say", "text": 1}')
    t = ws.receive_json()
print("receive() + validate_json: bytes ->", b, "| bad text ->", t)
assert b == {"ok": "typing"} and "input" not in t["error"][0]

assert uvicorn.Config(app).ws_max_size == 16 * 1024 * 1024
assert "max_size" not in inspect.getsource(wsproto_impl)
print("ws_max_size default 16 MB; the wsproto implementation does not use it")
print("OK ws-unvalidated-receive-json-bug")
