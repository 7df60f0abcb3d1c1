"""ws-handling-disconnects: the answer's presence handler as it stands. Stubs: online (a registry), handle,
notify_others. With TestClient: the log line with the close code (1000 by default, 1001 when the client says
so), the cleanup in finally, exc.reason. With a real Uvicorn (websockets implementation) on a free 127.0.0.1 port
and raw TCP: a client that vanishes without a close frame gives 1006; sending after the disconnect raises again;
iter_text ends quietly. Also Uvicorn's ping defaults, and that wsproto never sends a ping of its own."""
import asyncio
import inspect
import logging
import socket
import threading
import time

import uvicorn
import uvicorn.protocols.websockets.wsproto_impl as wsproto_impl
import websockets
from fastapi import FastAPI
from fastapi.testclient import TestClient

events: list[str] = []


class _Online:
    def add(self, user_id, ws):
        events.append(f"online {user_id}")

    def remove(self, user_id, ws):
        events.append(f"offline {user_id}")


online = _Online()


async def handle(user_id, msg):
    events.append(f"handled {msg}")


async def notify_others(text):
    events.append(f"notify: {text}")


class Capture(logging.Handler):
    def emit(self, record):
        events.append(f"log: {record.getMessage()}")


app = FastAPI()

# --- the answer's code, as it stands ---
import logging
from fastapi import WebSocket, WebSocketDisconnect

log = logging.getLogger(__name__)

@app.websocket("/ws/presence/{user_id}")
async def presence(websocket: WebSocket, user_id: int):
    await websocket.accept()
    online.add(user_id, websocket)
    try:
        while True:
            msg = await websocket.receive_json()    # raises on disconnect
            await handle(user_id, msg)
    except WebSocketDisconnect as exc:
        log.info("user %s left with code %s", user_id, exc.code)
    finally:
        online.remove(user_id, websocket)
        await notify_others(f"user {user_id} went offline")


# --- the other claims ---
@app.websocket("/ws/after")
async def after(websocket: WebSocket):
    await websocket.accept()
    try:
        await websocket.receive_text()
    except WebSocketDisconnect as exc:
        events.append(f"disconnect code {exc.code} reason {exc.reason!r}")
        try:
            await websocket.send_text("are you there?")
            events.append("send after disconnect: no error")
        except Exception as exc2:
            events.append(f"send after disconnect: {type(exc2).__name__}: {exc2}")


@app.websocket("/ws/iter")
async def iter_ws(websocket: WebSocket):
    await websocket.accept()
    async for _ in websocket.iter_text():
        pass
    events.append("iter_text loop ended without an exception")


log.setLevel(logging.INFO)
log.addHandler(Capture())
client = TestClient(app)
with client.websocket_connect("/ws/presence/7") as ws:
    ws.send_json({"typing": True})
time.sleep(0.1)
print("client closed:", events)
assert events == ["online 7", "handled {'typing': True}", "log: user 7 left with code 1000", "offline 7",
                  "notify: user 7 went offline"]
events.clear()
with client.websocket_connect("/ws/presence/8") as ws:
    ws.close(code=1001, reason="navigating away")
time.sleep(0.1)
print("client closed with 1001:", events[1])
assert events[1] == "log: user 8 left with code 1001"
assert "reason" in inspect.signature(WebSocketDisconnect).parameters


def serve():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, ws="websockets", log_level="critical"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    return server, thread, sock.getsockname()[1]


async def vanish(port, path):
    """Open a WebSocket, then drop the TCP connection without a close frame."""
    ws = await websockets.connect(f"ws://127.0.0.1:{port}{path}")
    ws.transport.abort()
    await asyncio.sleep(0.3)


async def close_normally(port, path):
    async with websockets.connect(f"ws://127.0.0.1:{port}{path}"):
        pass
    await asyncio.sleep(0.3)


server, thread, port = serve()
try:
    events.clear()
    asyncio.run(vanish(port, "/ws/presence/9"))
    print("real server, TCP dropped:", events)
    assert "log: user 9 left with code 1006" in events and events[-1] == "notify: user 9 went offline"
    events.clear()
    asyncio.run(close_normally(port, "/ws/after"))
    print("real server, send after disconnect:", events)
    assert events[0].startswith("disconnect code 1000") and events[1].startswith("send after disconnect: RuntimeError")
    events.clear()
    asyncio.run(close_normally(port, "/ws/iter"))
    print("real server, iter_text:", events)
    assert events == ["iter_text loop ended without an exception"]
finally:
    server.should_exit = True
    thread.join(5)

cfg = uvicorn.Config(app)
print("ping defaults:", cfg.ws_ping_interval, cfg.ws_ping_timeout)
assert (cfg.ws_ping_interval, cfg.ws_ping_timeout) == (20.0, 20.0)
src = inspect.getsource(wsproto_impl)
assert "ws_ping_interval" not in src and "events.Ping(" not in src    # wsproto only answers pings
print("OK ws-handling-disconnects")
