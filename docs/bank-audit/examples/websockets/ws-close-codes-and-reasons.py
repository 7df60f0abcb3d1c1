"""ws-close-codes-and-reasons: the answer's snippet (close with 4001 "token expired") in a handler, with token_expired
as a stub, and the table's constants. TestClient: the client sees the code and reason; close() defaults to 1000;
WebSocketException raised in a dependency or after accept closes with its code. Real Uvicorn on a free 127.0.0.1
port, `websockets` client: a close before accept() comes back as HTTP 403 with no close code; a server shutdown
reports 1012 to the handler (websockets and wsproto implementations alike); a reason over 123 bytes (the websockets
implementation refuses it with "control frame too long")."""
import asyncio
import socket
import threading
import time
from typing import Annotated

import uvicorn
import websockets
from fastapi import Depends, FastAPI, WebSocket, WebSocketDisconnect, WebSocketException, status
from fastapi.testclient import TestClient

app = FastAPI()
seen: list[str] = []


def token_expired(user):
    return user == "old"


@app.websocket("/ws/session/{user}")
async def session(websocket: WebSocket, user: str):
    await websocket.accept()
    # --- the answer's code, as it stands ---
    if token_expired(user):
        await websocket.close(code=4001, reason="token expired")
        return
    await websocket.close()


def policy():
    raise WebSocketException(status.WS_1008_POLICY_VIOLATION, "rule broken")


@app.websocket("/ws/dep")
async def dep(websocket: WebSocket, _: Annotated[None, Depends(policy)]):
    await websocket.accept()


@app.websocket("/ws/after-accept")
async def after_accept(websocket: WebSocket):
    await websocket.accept()
    raise WebSocketException(code=status.WS_1003_UNSUPPORTED_DATA, reason="binary only")


@app.websocket("/ws/reject")
async def reject(websocket: WebSocket):
    await websocket.close(code=4003, reason="nope")


@app.websocket("/ws/wait")
async def wait(websocket: WebSocket):
    await websocket.accept()
    try:
        await websocket.receive_text()
    except WebSocketDisconnect as exc:
        seen.append(f"handler saw {exc.code}")


@app.websocket("/ws/long-reason")
async def long_reason(websocket: WebSocket):
    await websocket.accept()
    try:
        await websocket.close(code=1000, reason="x" * 124)
    except Exception as exc:
        seen.append(f"close with a 124-byte reason: {type(exc).__name__}: {str(exc)[:60]}")


def outcome(path):
    try:
        with TestClient(app).websocket_connect(path) as ws:
            ws.receive_text()
    except WebSocketDisconnect as exc:
        return exc.code, exc.reason


for path in ("/ws/session/old", "/ws/session/new", "/ws/dep", "/ws/after-accept"):
    print(f"{path}: close {outcome(path)}")
assert outcome("/ws/session/old") == (4001, "token expired")
assert outcome("/ws/session/new") == (1000, "")
assert outcome("/ws/dep") == (1008, "rule broken")
assert outcome("/ws/after-accept") == (1003, "binary only")

table = {"WS_1000_NORMAL_CLOSURE": 1000, "WS_1001_GOING_AWAY": 1001, "WS_1003_UNSUPPORTED_DATA": 1003,
         "WS_1007_INVALID_FRAME_PAYLOAD_DATA": 1007, "WS_1008_POLICY_VIOLATION": 1008,
         "WS_1011_INTERNAL_ERROR": 1011, "WS_1012_SERVICE_RESTART": 1012}
assert all(getattr(status, k) == v for k, v in table.items())
assert not any(name.startswith("WS_4") for name in dir(status))
print("fastapi.status constants match the table")


def serve(ws_impl):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, ws=ws_impl, log_level="critical"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    return server, thread, sock.getsockname()[1]


async def connect_reject(port):
    try:
        async with websockets.connect(f"ws://127.0.0.1:{port}/ws/reject"):
            return "connected"
    except websockets.exceptions.InvalidStatus as exc:
        return f"HTTP {exc.response.status_code}"


async def shutdown_while_open(server, port):
    async with websockets.connect(f"ws://127.0.0.1:{port}/ws/wait") as ws:
        await asyncio.sleep(0.1)
        server.should_exit = True
        try:
            await ws.recv()
        except websockets.exceptions.ConnectionClosed as exc:
            return exc.rcvd.code if exc.rcvd else None


async def long(port):
    async with websockets.connect(f"ws://127.0.0.1:{port}/ws/long-reason") as ws:
        try:
            await asyncio.wait_for(ws.recv(), 1)
        except websockets.exceptions.ConnectionClosed as exc:
            return exc.rcvd.code if exc.rcvd else None
        except TimeoutError:
            return "none within 1 s (still open)"


for impl in ("websockets", "wsproto"):
    server, thread, port = serve(impl)
    try:
        rejected = asyncio.run(connect_reject(port))
        seen.clear()
        long_client = asyncio.run(long(port))
        time.sleep(0.1)
        long_result = seen or ["close with a 124-byte reason: no error in the handler"]
        long_result = long_result + [f"client's close code {long_client}"]
        seen.clear()
        client_code = asyncio.run(shutdown_while_open(server, port))
        thread.join(5)
        time.sleep(0.1)
        print(f"{impl}: close before accept -> {rejected}; shutdown -> {seen}, client got {client_code}; {long_result}")
        assert rejected == "HTTP 403"
        assert seen == ["handler saw 1012"] and client_code == 1012
        if impl == "websockets":
            assert "control frame too long" in long_result[0]
    finally:
        server.should_exit = True
        thread.join(5)
print("OK ws-close-codes-and-reasons")
