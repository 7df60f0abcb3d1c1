"""ws-endpoint-accept-receive-send: the answer's echo endpoint as it stands (since this run it catches
WebSocketDisconnect; the loop without the catch is kept as echo_uncaught to show why), driven with TestClient (path and query
parameters converted, the joined message, shout on and off, a bad query value, the client leaving), the OpenAPI
schema (no WebSocket route in it), the re-export of Starlette's WebSocket, iter_text ending on disconnect, and,
against a real Uvicorn on a free 127.0.0.1 port with the `websockets` client library: a close before accept()
answered with HTTP 403, and a server started with ws="none" (no WebSocket support) refusing the upgrade."""
import asyncio
import logging
import socket
import threading
import time

import starlette.websockets
import uvicorn
import websockets
from fastapi import WebSocketDisconnect
from fastapi.testclient import TestClient

# --- the answer's code, as it stands ---
from fastapi import FastAPI, WebSocket, WebSocketDisconnect

app = FastAPI()

@app.websocket("/ws/echo/{room}")
async def echo(websocket: WebSocket, room: str, shout: bool = False):
    await websocket.accept()                       # finish the HTTP upgrade
    await websocket.send_json({"joined": room})
    try:
        while True:
            text = await websocket.receive_text()  # waits for the next frame
            await websocket.send_text(text.upper() if shout else text)
    except WebSocketDisconnect:
        pass                                       # the client left


# --- the loop as the file had it before this run: the disconnect not caught ---
@app.websocket("/ws/echo-uncaught/{room}")
async def echo_uncaught(websocket: WebSocket, room: str, shout: bool = False):
    await websocket.accept()
    await websocket.send_json({"joined": room})
    while True:
        text = await websocket.receive_text()
        await websocket.send_text(text.upper() if shout else text)


# --- the other claims ---
events: list[str] = []


@app.websocket("/ws/iter")
async def iter_endpoint(websocket: WebSocket):
    await websocket.accept()
    async for text in websocket.iter_text():
        events.append(text)
    events.append("iter_text ended")


@app.websocket("/ws/reject")
async def reject(websocket: WebSocket):
    await websocket.close(code=1008)


@app.websocket("/ws/leave")
async def leave(websocket: WebSocket):
    await websocket.accept()
    try:
        await websocket.receive_text()
    except WebSocketDisconnect as exc:
        events.append(f"WebSocketDisconnect {exc.code}")


client = TestClient(app)
with client.websocket_connect("/ws/echo/lobby") as ws:
    assert ws.receive_json() == {"joined": "lobby"}
    ws.send_text("hi")
    assert ws.receive_text() == "hi"
with client.websocket_connect("/ws/echo/lobby?shout=true") as ws:
    ws.receive_json()
    ws.send_text("hi")
    loud = ws.receive_text()
try:
    with client.websocket_connect("/ws/echo-uncaught/lobby") as ws:
        ws.receive_json()
    raise AssertionError("no error")
except WebSocketDisconnect as exc:
    print("uncaught loop: TestClient re-raises the handler's WebSocketDisconnect", exc.code)
print("echo: hi / shout:", loud)
assert loud == "HI"
try:
    with client.websocket_connect("/ws/echo/lobby?shout=maybe") as ws:
        pass
except WebSocketDisconnect as exc:
    print("shout=maybe: closed before accept with", exc.code)
    assert exc.code == 1008

with client.websocket_connect("/ws/iter") as ws:
    ws.send_text("one")
with client.websocket_connect("/ws/leave") as ws:
    pass
time.sleep(0.1)
print("server side:", events)
assert events == ["one", "iter_text ended", "WebSocketDisconnect 1000"]

paths = app.openapi()["paths"]
print("OpenAPI paths:", paths)
assert paths == {}
assert WebSocket is starlette.websockets.WebSocket


def serve(**config):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="error", **config))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    return server, thread, sock.getsockname()[1]


async def try_connect(port, path):
    try:
        async with websockets.connect(f"ws://127.0.0.1:{port}{path}") as ws:
            first = await ws.recv()
            await ws.send("hello")
            return f"connected: {first} then {await ws.recv()}"
    except websockets.exceptions.InvalidStatus as exc:
        return f"HTTP {exc.response.status_code}"


class Capture(logging.Handler):
    def __init__(self):
        super().__init__()
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage().strip())


cap = Capture()
server, thread, port = serve()
logging.getLogger("uvicorn.error").addHandler(cap)
try:
    print("real server, echo:", asyncio.run(try_connect(port, "/ws/echo/lobby")))
    time.sleep(0.2)
    print("real server log after the echo client left:", cap.messages)
    assert cap.messages == []
    uvicorn_logger = logging.getLogger("uvicorn.error")
    quiet = [h for h in uvicorn_logger.handlers if h is not cap]
    for h in quiet:
        uvicorn_logger.removeHandler(h)                 # keep the expected traceback off the output
    uvicorn_logger.propagate = False
    asyncio.run(try_connect(port, "/ws/echo-uncaught/lobby"))
    time.sleep(0.2)
    print("real server log after a client left the uncaught loop:", cap.messages)
    assert cap.messages == ["Exception in ASGI application"]
    reject_result = asyncio.run(try_connect(port, "/ws/reject"))
    print("real server, close before accept:", reject_result)
    assert reject_result == "HTTP 403"
finally:
    server.should_exit = True
    thread.join(5)

server, thread, port = serve(ws="none")
try:
    none_result = asyncio.run(try_connect(port, "/ws/echo/lobby"))
    print("server without WebSocket support:", none_result)
    assert none_result.startswith("HTTP 4")
finally:
    server.should_exit = True
    thread.join(5)
print("OK ws-endpoint-accept-receive-send")
