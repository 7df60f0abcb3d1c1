"""ws-testing-with-testclient: the answer's three tests as they stand, run with pytest against an `app.main` module
built here (registered in sys.modules): User, a ws_user dependency that needs an allowed Origin and a credential
(as in ws-dependencies-and-auth), a room endpoint that broadcasts {"room", "text"} to every socket in the room,
and /ws/notifications. Then the "details worth knowing": websocket_connect's parameters, cookies on the client,
WebSocketDenialResponse for an HTTPException before accept, WebSocketDisconnect on a receive after the server
closed, dependency_overrides on a WebSocket route."""
import inspect
import os
import sys
import tempfile
import textwrap
import types

import pytest

APP_SOURCE = '''
from typing import Annotated
from fastapi import Cookie, Depends, FastAPI, HTTPException, Query, WebSocket, WebSocketException, status
from pydantic import BaseModel

app = FastAPI()
rooms: dict[str, set] = {}


class User(BaseModel):
    id: int
    name: str


async def ws_user(websocket: WebSocket, session: Annotated[str | None, Cookie()] = None,
                  token: Annotated[str | None, Query()] = None) -> User:
    if websocket.headers.get("origin") != "https://app.example" or (session or token) != "good":
        raise WebSocketException(code=status.WS_1008_POLICY_VIOLATION)
    return User(id=9, name="real")


@app.websocket("/ws/rooms/{room}")
async def room_ws(websocket: WebSocket, room: str, user: Annotated[User, Depends(ws_user)], lang: str = "en"):
    await websocket.accept()
    rooms.setdefault(room, set()).add(websocket)
    try:
        async for text in websocket.iter_text():
            for ws in list(rooms[room]):
                await ws.send_json({"room": room, "text": text})
    finally:
        rooms[room].discard(websocket)


@app.websocket("/ws/notifications")
async def notifications(websocket: WebSocket, user: Annotated[User, Depends(ws_user)]):
    await websocket.accept()
    await websocket.send_json({"hello": user.name})


@app.websocket("/ws/denied")
async def denied(websocket: WebSocket):
    raise HTTPException(status_code=401, detail="login first")


@app.websocket("/ws/bye")
async def bye(websocket: WebSocket):
    await websocket.accept()
    await websocket.close(code=4000)


@app.websocket("/ws/cookie")
async def cookie(websocket: WebSocket, session: Annotated[str | None, Cookie()] = None):
    await websocket.accept()
    await websocket.send_json({"session": session, "protocol": websocket.scope.get("subprotocols")})
'''

pkg = types.ModuleType("app")
pkg.__path__ = []
main = types.ModuleType("app.main")
exec(compile(APP_SOURCE, "app/main.py", "exec"), main.__dict__)
pkg.main = main
sys.modules["app"], sys.modules["app.main"] = pkg, main
User = main.User

# --- the answer's tests, as they stand (User comes from the app module) ---
TESTS = '''
import pytest
from fastapi.testclient import TestClient
from fastapi import WebSocketDisconnect, status

from app.main import app, ws_user, User

def fake_user():
    return User(id=1, name="ana")

@pytest.fixture
def client():
    app.dependency_overrides[ws_user] = fake_user
    with TestClient(app) as c:            # "with" also runs the lifespan
        yield c
    app.dependency_overrides.clear()

def test_echo(client):
    with client.websocket_connect("/ws/rooms/lobby?lang=en") as ws:
        ws.send_text("hi")
        assert ws.receive_json() == {"room": "lobby", "text": "hi"}

def test_rejects_without_credentials():
    app.dependency_overrides.clear()
    with pytest.raises(WebSocketDisconnect) as exc:
        with TestClient(app).websocket_connect("/ws/notifications"):
            pass
    assert exc.value.code == status.WS_1008_POLICY_VIOLATION

def test_broadcast_reaches_other_client(client):
    with client.websocket_connect("/ws/rooms/r1") as a, \\
         client.websocket_connect("/ws/rooms/r1") as b:
        a.send_text("ping")
        assert a.receive_json()["text"] == "ping"
        assert b.receive_json()["text"] == "ping"
'''

folder = tempfile.mkdtemp()
with open(os.path.join(folder, "test_ws.py"), "w") as f:
    f.write(TESTS)
code = pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:asyncio", os.path.join(folder, "test_ws.py")])
print("pytest exit code:", int(code))
assert code == 0

# --- details worth knowing ---
from fastapi import WebSocketDisconnect
from fastapi.testclient import TestClient
from starlette.testclient import WebSocketDenialResponse

print("websocket_connect", inspect.signature(TestClient.websocket_connect))
c = TestClient(main.app)
c.cookies.set("session", "abc")
with c.websocket_connect("/ws/cookie", subprotocols=["chat.v1"], headers={"x-test": "1"}) as ws:
    seen = ws.receive_json()
print("cookie set on the client and subprotocols=:", seen)
assert seen == {"session": "abc", "protocol": ["chat.v1"]}

try:
    with TestClient(main.app).websocket_connect("/ws/denied"):
        pass
except WebSocketDenialResponse as exc:
    print("HTTPException before accept:", type(exc).__name__, exc.status_code, exc.json())
    assert exc.status_code == 401 and exc.json() == {"detail": "login first"}

with TestClient(main.app).websocket_connect("/ws/bye") as ws:
    with pytest.raises(WebSocketDisconnect) as exc:
        ws.receive_text()
print("receive after the server closed:", exc.value.code)
assert exc.value.code == 4000

with TestClient(main.app).websocket_connect("/ws/notifications?token=good", headers={"origin": "https://app.example"}) as ws:
    real = ws.receive_json()
main.app.dependency_overrides[main.ws_user] = lambda: User(id=1, name="override")
with TestClient(main.app).websocket_connect("/ws/notifications") as ws:
    over = ws.receive_json()
main.app.dependency_overrides.clear()
print("real dependency:", real, "| overridden:", over)
assert real == {"hello": "real"} and over == {"hello": "override"}
print("OK ws-testing-with-testclient")
