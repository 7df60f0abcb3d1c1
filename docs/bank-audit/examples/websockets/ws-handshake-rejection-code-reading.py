"""ws-handshake-rejection-code-reading: the question's app exactly as it stands and its three connections, then the
answer's "against a real server" paragraph: Uvicorn on a free 127.0.0.1 port, `websockets` client, connections (2)
and (3) answered with HTTP 403 and no close code."""
import asyncio
import socket
import threading
import time

import pytest
import uvicorn
import websockets
from fastapi import WebSocketDisconnect

# --- the question's code, as it stands ---
from typing import Annotated
from fastapi import Depends, FastAPI, Query, WebSocket, WebSocketException, status
from fastapi.testclient import TestClient

app = FastAPI()

async def require_token(token: Annotated[str | None, Query()] = None) -> str:
    if token != "s3cret":
        raise WebSocketException(code=status.WS_1008_POLICY_VIOLATION, reason="bad token")
    return token

@app.websocket("/ws/{room}")
async def room_ws(websocket: WebSocket, room: str, size: int,
                  token: Annotated[str, Depends(require_token)]):
    await websocket.accept()
    data = await websocket.receive_json()
    await websocket.send_json({"room": room, "size": size, "got": data})

client = TestClient(app)

# (1)
with client.websocket_connect("/ws/lobby?size=2&token=s3cret") as ws:
    ws.send_json({"hi": 1})
    got = ws.receive_json()
print("(1)", got)
assert got == {"room": "lobby", "size": 2, "got": {"hi": 1}}

# (2) the answer's own test, as it stands
inside = []
with pytest.raises(WebSocketDisconnect) as exc:
    with client.websocket_connect("/ws/lobby?size=two&token=s3cret"):
        inside.append("body ran")
assert exc.value.code == 1008
print("(2) closed", exc.value.code, "| with block body ran:", bool(inside), "| reason:", exc.value.reason)
assert not inside
# the close reason is FastAPI's jsonable_encoder(exc.errors()): a list, passed through as is by TestClient
assert exc.value.reason[0]["loc"] == ["query", "size"] and exc.value.reason[0]["type"] == "int_parsing"

# (3)
with pytest.raises(WebSocketDisconnect) as exc:
    with client.websocket_connect("/ws/lobby?size=two"):
        pass
print("(3) closed", exc.value.code, repr(exc.value.reason))
assert (exc.value.code, exc.value.reason) == (1008, "bad token")       # the size error is never reported

# against a real server
sock = socket.socket()
sock.bind(("127.0.0.1", 0))
server = uvicorn.Server(uvicorn.Config(app, log_level="critical"))
thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
thread.start()
while not server.started:
    time.sleep(0.01)


async def real(path):
    try:
        async with websockets.connect(f"ws://127.0.0.1:{sock.getsockname()[1]}{path}"):
            return "connected"
    except websockets.exceptions.InvalidStatus as exc:
        return f"HTTP {exc.response.status_code}"


try:
    out2, out3 = asyncio.run(real("/ws/lobby?size=two&token=s3cret")), asyncio.run(real("/ws/lobby?size=two"))
    print("against Uvicorn: (2)", out2, "| (3)", out3)
    assert out2 == out3 == "HTTP 403"
finally:
    server.should_exit = True
    thread.join(5)
print("OK ws-handshake-rejection-code-reading")
